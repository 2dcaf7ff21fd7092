package io.mcdewey.parse.markdown.rules.table;

import io.mcdewey.parse.markdown.MarkdownColumn;
import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownParameterText;
import io.mcdewey.parse.markdown.MarkdownRequired;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads tables that lost their cell borders: a line of column names parted by single spaces
 * ({@code Parameter Type Required Description}), then a row a line ({@code team string true Name of the team}), as
 * pages copied from HTML or PDF print parameter tables. A row's first word is the name; with a required column, the
 * first yes-or-no word after the name is its cell, the words between are the column before it (the type) and the
 * rest the column after it (the description); without one, the second word is the second column and the rest the
 * third, or, when the second column is the type ({@code Nazwa Typ Wartość Opis}), the last: the columns between
 * cannot be told apart, and a row's second word must read as a type, perhaps after a required mark and a comma
 * ({@code required, string}); under a header of names and types alone ({@code Parameter Type}), a row is a name and
 * one word naming its type ({@code startRow NsUnsignedLong}). Headers that leave the cells' places open (two columns
 * between name and required) are not read. Rows end at the first line that does not read as one, unless a further row
 * follows within a few lines: those lines go on with the description before them.
 */
public final class WordTables {
  private static final Pattern NAME = Pattern.compile("^[A-Za-z_$@][\\w.\\[\\]$@-]*$");
  /** A type's word: {@code string}, {@code int64}, {@code Array<Integer>}, {@code object[]}. */
  private static final Pattern TYPE_WORD =
      Pattern.compile("^" + MarkdownParameterText.TYPES + "(?:<[\\w<>, ]*>)?(?:\\[])?$");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final int MIN_COLUMNS = 3;
  /**
   * A type's name in a table of names and types alone, as the API names its types: a word in camel case
   * ({@code NsBytes}, {@code NsUnsignedLong}), or a type's word ({@link #TYPE_WORD}).
   */
  private static final Pattern TYPE_NAME = Pattern.compile("^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+(?:\\[])?$");
  private static final Pattern MARK_BEFORE_TYPE = Pattern.compile("(?i)(?:required|optional),");
  /** Lines of its own a row's description may run over before a further row. */
  private static final int MAX_DESCRIPTION_LINES = 3;

  private WordTables() {}

  /**
   * A table opening at line {@code start} of a paragraph, if one does.
   *
   * @param table the table read
   * @param end the index of the first line after it
   */
  public record Found(MarkdownElement.Table table, int end) {}

  public static Optional<Found> at(List<String> lines, List<Integer> numbers, int start) {
    String line = lines.get(start).strip();
    int firstSpace = line.indexOf(' ');
    if (firstSpace < 0 || MarkdownColumn.named(line.substring(0, firstSpace)).filter(c -> c == MarkdownColumn.NAME)
        .isEmpty()) {
      // Told before the line is split: a header opens with a name column, and most lines do not.
      return Optional.empty();
    }
    List<String> header = Arrays.asList(line.split(" "));
    boolean namesAndTypes = header.size() == 2 && indexOf(header, MarkdownColumn.TYPE) == 1;
    if (header.size() < MIN_COLUMNS && !namesAndTypes || !MarkdownColumn.isHeader(header)) {
      return Optional.empty();
    }
    int required = indexOf(header, MarkdownColumn.REQUIRED);
    boolean typed = required < 0 && indexOf(header, MarkdownColumn.TYPE) == 1;
    boolean readable = required < 0 ? header.size() == MIN_COLUMNS || typed
        : required <= 2 && header.size() - required <= 2;
    if (!readable) {
      return Optional.empty();
    }
    List<List<String>> rows = new ArrayList<>();
    int end = start + 1;
    while (end < lines.size()) {
      Optional<List<String>> row = row(lines.get(end).strip(), header, required);
      if (row.isPresent()) {
        rows.add(new ArrayList<>(row.get()));
        end++;
        continue;
      }
      // A description may run over a few lines of its own: they are its when a further row follows them.
      int next = rows.isEmpty() ? -1 : nextRow(lines, end, header, required);
      if (next < 0) {
        break;
      }
      List<String> last = rows.get(rows.size() - 1);
      for (String more : lines.subList(end, next)) {
        last.set(last.size() - 1, (last.get(last.size() - 1) + " " + more.strip()).strip());
      }
      end = next;
    }
    if (namesAndTypes && rows.isEmpty()) {
      // Two words naming a name and a type open many lines ({@code parameter type} over a row printed a cell a line):
      // without a row of two words under them they head nothing.
      return Optional.empty();
    }
    return Optional.of(new Found(new MarkdownElement.Table(header, rows, numbers.get(start), false), end));
  }

  /**
   * The index of the first line within a description's reach after the one given that reads as a row; -1 if none,
   * or if a line before it is a header, which opens another table.
   */
  private static int nextRow(List<String> lines, int from, List<String> header, int required) {
    for (int i = from; i < lines.size() && i <= from + MAX_DESCRIPTION_LINES; i++) {
      String line = lines.get(i).strip();
      if (MarkdownColumn.isHeader(Arrays.asList(WHITESPACE.split(line)))) {
        return -1;
      }
      if (i > from && row(line, header, required).isPresent()) {
        // A capitalised word opens a sentence ({@code Returns the kennel.}), not a row after a description.
        return Character.isUpperCase(line.charAt(0)) ? -1 : i;
      }
    }
    return -1;
  }

  private static Optional<List<String>> row(String line, List<String> header, int required) {
    List<String> words = Arrays.asList(WHITESPACE.split(line));
    if (words.size() < 2 || !NAME.matcher(words.get(0)).matches() || MarkdownColumn.isHeader(words)) {
      return Optional.empty();
    }
    List<String> cells = new ArrayList<>();
    cells.add(words.get(0));
    if (header.size() == 2) {
      // Names and types alone: a row is two words, a name as code writes one, not capitalised as a sentence opens,
      // and a type ({@code startRow NsUnsignedLong}); not words of prose ({@code Query string}, {@code RSA keys}).
      boolean typed = words.size() == 2 && !Character.isUpperCase(words.get(0).charAt(0))
          && (TYPE_NAME.matcher(words.get(1)).matches() || TYPE_WORD.matcher(words.get(1)).matches());
      return typed ? Optional.of(List.of(words.get(0), words.get(1))) : Optional.empty();
    }
    if (required < 0) {
      // A type cell may open with the required mark ({@code required, string}), as RAML consoles print it.
      boolean marked = words.size() > 2 && MARK_BEFORE_TYPE.matcher(words.get(1)).matches()
          && TYPE_WORD.matcher(words.get(2)).matches();
      if (header.size() > MIN_COLUMNS && !marked
          && (words.size() < MIN_COLUMNS || !TYPE_WORD.matcher(words.get(1)).matches())) {
        return Optional.empty();
      }
      cells.add(marked ? words.get(1) + " " + words.get(2) : words.get(1));
      // Columns after a type column cannot be told apart: their words all go to the last one.
      while (cells.size() < header.size() - 1) {
        cells.add("");
      }
      cells.add(String.join(" ", words.subList(marked ? 3 : 2, words.size())));
      return Optional.of(cells);
    }
    // A header that lost its type column ({@code パラメーター名 必須 説明} over {@code app 数値 必須 アプリID}) leaves
    // the type's words before the mark, unheaded: they are dropped. A capitalised first word opens a sentence.
    boolean lostType = required == 1 && indexOf(header, MarkdownColumn.TYPE) < 0
        && !Character.isUpperCase(words.get(0).charAt(0));
    int latest = required + (lostType ? 1 : 0);
    for (int flag = 1; flag < words.size() && flag <= latest; flag++) {
      if (MarkdownRequired.fromRequiredColumn(words.get(flag)) != null) {
        if (required == 2) {
          cells.add(String.join(" ", words.subList(1, flag)));
        }
        cells.add(words.get(flag));
        if (required < header.size() - 1) {
          cells.add(String.join(" ", words.subList(flag + 1, words.size())));
        }
        return Optional.of(cells);
      }
    }
    return Optional.empty();
  }

  private static int indexOf(List<String> header, MarkdownColumn column) {
    for (int i = 0; i < header.size(); i++) {
      if (MarkdownColumn.named(header.get(i)).filter(c -> c == column).isPresent()) {
        return i;
      }
    }
    return -1;
  }
}
