package io.mcdewey.parse.markdown.rules.table;

import io.mcdewey.parse.markdown.MarkdownColumn;
import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a table of endpoints that lost its cell borders: a line of column names parted by spaces holding a path and a
 * method column side by side ({@code エンドポイント メソッド 説明 認証}, {@code API名 メソッド エンドポイント 概要}), then a row a
 * line holding its path and method in the same order ({@code /users/:id GET 特定ユーザー取得 不要}, {@code Create Work
 * POST /works/create Workを新しく作る}): the words before them the first column, those after the last. A row's path
 * opens with a slash and its method is one in capitals; the rows end at the first line that holds none. A header holds
 * no sentence's marks ({@code Route method matching is case-sensitive:} over examples is prose), and at most one column
 * on either side of the pair. (A row opening with its method, under no column before it, is a request line read as
 * printed.)
 */
public final class WordRouteTables {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern SENTENCE_MARKS = Pattern.compile("[:.,;!。：，]");
  /** The most words of a header: a column of several words each side of the pair reads as a sentence. */
  private static final int MOST_HEADER_WORDS = 6;
  /** The most characters of a header: a longer line is a sentence. */
  private static final int LONGEST_HEADER = 80;

  private WordRouteTables() {}

  public static Optional<WordTables.Found> at(List<String> lines, List<Integer> numbers, int start) {
    String headerLine = lines.get(start).strip();
    // Told before the line is split: a header is a short line of words over a row holding a path, and most lines are
    // longer, a word alone or over a line without a slash.
    if (headerLine.indexOf(' ') < 0 || headerLine.length() > LONGEST_HEADER || start + 1 >= lines.size()
        || lines.get(start + 1).indexOf('/') < 0 || SENTENCE_MARKS.matcher(headerLine).find()) {
      return Optional.empty();
    }
    List<String> header = Arrays.asList(WHITESPACE.split(headerLine));
    int pair = header.size() > MOST_HEADER_WORDS ? -1 : pairAt(header);
    if (pair < 0) {
      return Optional.empty();
    }
    boolean pathFirst = MarkdownColumn.named(header.get(pair)).filter(c -> c == MarkdownColumn.PATH).isPresent();
    // A row opening with its method under no column before it is a request line already, read on its own line.
    if (pair == 0 && !pathFirst) {
      return Optional.empty();
    }
    boolean before = pair > 0;
    boolean after = pair + 2 < header.size();
    List<List<String>> rows = new ArrayList<>();
    int end = start + 1;
    for (; end < lines.size(); end++) {
      List<String> words = Arrays.asList(WHITESPACE.split(lines.get(end).strip()));
      int route = routeAt(words, pathFirst);
      if (route < 0 || before != route > 0) {
        break;
      }
      List<String> row = new ArrayList<>();
      if (before) {
        row.add(String.join(" ", words.subList(0, route)));
      }
      row.add(words.get(route));
      row.add(words.get(route + 1));
      if (after) {
        row.add(String.join(" ", words.subList(route + 2, words.size())));
      }
      rows.add(row);
    }
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    List<String> columns = new ArrayList<>();
    if (before) {
      columns.add(String.join(" ", header.subList(0, pair)));
    }
    columns.addAll(header.subList(pair, pair + 2));
    if (after) {
      columns.add(String.join(" ", header.subList(pair + 2, header.size())));
    }
    return Optional.of(new WordTables.Found(new MarkdownElement.Table(columns, rows, numbers.get(start), false),
        end));
  }

  /** The index of the first of a path and a method column side by side, in either order; -1 if none. */
  private static int pairAt(List<String> header) {
    for (int i = 0; i + 1 < header.size(); i++) {
      Optional<MarkdownColumn> first = MarkdownColumn.named(header.get(i));
      Optional<MarkdownColumn> second = first.isEmpty() ? Optional.empty() : MarkdownColumn.named(header.get(i + 1));
      if (first.isPresent() && second.isPresent() && (first.get() == MarkdownColumn.PATH
          && second.get() == MarkdownColumn.METHOD || first.get() == MarkdownColumn.METHOD
          && second.get() == MarkdownColumn.PATH)) {
        return i;
      }
    }
    return -1;
  }

  /** The index of a row's path and method, in the header's order; -1 if the row holds none. */
  private static int routeAt(List<String> words, boolean pathFirst) {
    for (int i = 0; i + 1 < words.size(); i++) {
      String path = words.get(pathFirst ? i : i + 1);
      String method = words.get(pathFirst ? i + 1 : i);
      if (path.startsWith("/") && MarkdownRequestLines.isMethod(method)
          && method.equals(method.toUpperCase(Locale.ROOT))) {
        return i;
      }
    }
    return -1;
  }
}
