package io.mcdewey.parse.markdown.rules;

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
 * Reads a table of endpoints that lost its cell borders: a line of column names parted by spaces opening with a path
 * and a method column ({@code エンドポイント メソッド 説明 認証}), then a row a line, its first two words a path and a
 * method ({@code /users/:id GET 特定ユーザー取得 不要}), the rest the third column. A row's path opens with a slash and
 * its method is one in capitals; the rows end at the first line that is none. A header holds no sentence's marks ({@code Route method matching is case-sensitive:} over examples is prose). (A row
 * opening with its method is a request line read as printed.)
 */
public final class WordRouteTables {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern SENTENCE_MARKS = Pattern.compile("[:.,;!。：，]");

  private WordRouteTables() {}

  public static Optional<WordTables.Found> at(List<String> lines, List<Integer> numbers, int start) {
    String headerLine = lines.get(start).strip();
    int firstSpace = headerLine.indexOf(' ');
    // Told before the line is split: a header opens with a path column, and most lines do not.
    if (firstSpace < 0 || MarkdownColumn.named(headerLine.substring(0, firstSpace))
        .filter(column -> column == MarkdownColumn.PATH).isEmpty()) {
      return Optional.empty();
    }
    List<String> header = Arrays.asList(WHITESPACE.split(headerLine));
    // A sentence naming a route and a method ({@code Route method matching is case-sensitive:}) is no header.
    if (header.size() < 2 || start + 1 >= lines.size() || SENTENCE_MARKS.matcher(headerLine).find()) {
      return Optional.empty();
    }
    Optional<MarkdownColumn> first = MarkdownColumn.named(header.get(0));
    Optional<MarkdownColumn> second = MarkdownColumn.named(header.get(1));
    // A row opening with its method is a request line already, read on its own line.
    if (first.filter(c -> c == MarkdownColumn.PATH).isEmpty()
        || second.filter(c -> c == MarkdownColumn.METHOD).isEmpty()) {
      return Optional.empty();
    }
    List<List<String>> rows = new ArrayList<>();
    int end = start + 1;
    for (; end < lines.size(); end++) {
      List<String> words = Arrays.asList(WHITESPACE.split(lines.get(end).strip()));
      if (words.size() < 2) {
        break;
      }
      String path = words.get(0);
      String method = words.get(1);
      if (!path.startsWith("/") || !MarkdownRequestLines.isMethod(method)
          || !method.equals(method.toUpperCase(Locale.ROOT))) {
        break;
      }
      List<String> row = new ArrayList<>(List.of(words.get(0), words.get(1)));
      if (header.size() > 2) {
        row.add(String.join(" ", words.subList(2, words.size())));
      }
      rows.add(row);
    }
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    List<String> columns = new ArrayList<>(header.subList(0, 2));
    if (header.size() > 2) {
      columns.add(String.join(" ", header.subList(2, header.size())));
    }
    return Optional.of(new WordTables.Found(new MarkdownElement.Table(columns, rows, numbers.get(start), false),
        end));
  }
}
