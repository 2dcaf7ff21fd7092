package io.mcdewey.parse.markdown.dialect;

import io.mcdewey.parse.markdown.MarkdownColumn;
import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the content of an AsciiDoc table ({@code |===} … {@code |===}) into a table. Cells start at their separator
 * and run to the next one, across lines; rows are as wide as the {@code cols} attribute says, or as the first line's
 * cells. The header row is the first one when the {@code header} option says so, or, as Asciidoctor reads it, when
 * the first line holds a whole row and a blank line follows it. A cell spanning columns ({@code 2+|}) is followed by
 * empty ones; row spans and tables nested in cells are read as text.
 */
final class AsciiDocTable {
  private static final char SEPARATOR = '|';
  private static final Pattern COLS = Pattern.compile("cols\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^,\\s]*))");
  /** An option: {@code options="header,footer"}, {@code opts=header} or the shorthand {@code %header}. */
  private static final Pattern OPTIONS = Pattern.compile("(?:options|opts)\\s*=\\s*\"?([\\w,%\\s]*)\"?|%(\\w+)");
  private static final Pattern COLUMN_SPEC = Pattern.compile("(\\d+)\\*");
  /** A cell specifier before a separator: a span ({@code 2+}), a duplication ({@code 3*}), a style ({@code a}). */
  private static final Pattern CELL_SPECIFIER =
      Pattern.compile("(?:^|\\s)(?:(\\d+)(?:\\.\\d+)?\\+|\\d+\\*)?[<^>]?(?:\\.[<^>])?[adehlmsv]?$");

  private AsciiDocTable() {}

  /**
   * Reads a table.
   *
   * @param lines the lines between its delimiters
   * @param firstLine the 1-based line number of the first of them
   * @param attributes the table's attribute list ({@code cols="1,3",options="header"}), empty when it has none
   */
  static List<MarkdownElement> read(List<String> lines, int firstLine, String attributes) {
    List<Cell> cells = new ArrayList<>();
    int firstRowCells = -1;
    boolean blankAfterFirstRow = false;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      read(lines.get(i), cells);
      if (firstRowCells < 0) {
        firstRowCells = cells.size();
        blankAfterFirstRow = i + 1 < lines.size() && lines.get(i + 1).isBlank();
      }
    }
    if (cells.isEmpty()) {
      return List.of();
    }
    int columns = columns(attributes).orElse(Math.max(1, firstRowCells));
    List<List<String>> rows = rows(cells, columns);
    List<String> options = options(attributes);
    boolean header = options.contains("header")
        || !options.contains("noheader") && blankAfterFirstRow && firstRowCells == columns;
    if (header || MarkdownColumn.isHeader(rows.get(0))) {
      return List.of(new MarkdownElement.Table(rows.get(0), rows.subList(1, rows.size()), firstLine - 1, false));
    }
    // Without a header row, two columns name and describe; wider tables keep every row under unnamed columns.
    List<String> names = columns == 2 ? MarkdownColumn.NAME_AND_DESCRIPTION : Collections.nCopies(columns, "");
    return List.of(new MarkdownElement.Table(names, rows, firstLine - 1, false));
  }

  /** A cell's text, and how many columns it spans. */
  private record Cell(StringBuilder text, int span) {}

  /** Adds the cells a line starts, or continues the last cell with a line that starts none. */
  private static void read(String line, List<Cell> cells) {
    int at = nextSeparator(line, 0);
    String before = at < 0 ? line : line.substring(0, at);
    Matcher specifier = CELL_SPECIFIER.matcher(before);
    int span = 1;
    if (at >= 0 && specifier.find()) {
      span = specifier.group(1) == null ? 1 : Integer.parseInt(specifier.group(1));
      before = before.substring(0, specifier.start());
    }
    if (!before.isBlank() && !cells.isEmpty()) {
      cells.get(cells.size() - 1).text().append(' ').append(unescaped(before.strip()));
    }
    while (at >= 0) {
      int next = nextSeparator(line, at + 1);
      String content = next < 0 ? line.substring(at + 1) : line.substring(at + 1, next);
      int nextSpan = 1;
      if (next >= 0) {
        Matcher nextSpecifier = CELL_SPECIFIER.matcher(content);
        if (nextSpecifier.find() && nextSpecifier.end() > nextSpecifier.start()) {
          nextSpan = nextSpecifier.group(1) == null ? 1 : Integer.parseInt(nextSpecifier.group(1));
          content = content.substring(0, nextSpecifier.start());
        }
      }
      cells.add(new Cell(new StringBuilder(unescaped(content.strip())), span));
      span = nextSpan;
      at = next;
    }
  }

  private static String unescaped(String text) {
    return text.replace("\\" + SEPARATOR, String.valueOf(SEPARATOR));
  }

  private static int nextSeparator(String line, int from) {
    for (int i = from; i < line.length(); i++) {
      if (line.charAt(i) == SEPARATOR && (i == 0 || line.charAt(i - 1) != '\\')) {
        return i;
      }
    }
    return -1;
  }

  /** The cells in rows of {@code columns}, a spanning cell followed by empty ones, the last row filled up. */
  private static List<List<String>> rows(List<Cell> cells, int columns) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    for (Cell cell : cells) {
      row.add(AsciiDocInline.text(cell.text().toString()));
      row.addAll(Collections.nCopies(Math.min(cell.span(), columns) - 1, ""));
      if (row.size() >= columns) {
        rows.add(List.copyOf(row.subList(0, columns)));
        row = new ArrayList<>();
      }
    }
    if (!row.isEmpty()) {
      row.addAll(Collections.nCopies(columns - row.size(), ""));
      rows.add(row);
    }
    return rows;
  }

  /** The table's options, lower case. */
  private static List<String> options(String attributes) {
    List<String> options = new ArrayList<>();
    Matcher option = OPTIONS.matcher(attributes);
    while (option.find()) {
      String words = option.group(1) != null ? option.group(1) : option.group(2);
      for (String word : words.split("[,%\\s]+")) {
        if (!word.isBlank()) {
          options.add(word.strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    return options;
  }

  /** The number of columns the {@code cols} attribute names ({@code "1,2,4"}, {@code 3*}, {@code "2*,1"}). */
  private static Optional<Integer> columns(String attributes) {
    Matcher cols = COLS.matcher(attributes);
    if (!cols.find()) {
      return Optional.empty();
    }
    String value = (cols.group(1) != null ? cols.group(1) : cols.group(2) != null ? cols.group(2) : cols.group(3))
        .strip();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.matches("\\d+")) {
      return Optional.of(Integer.parseInt(value));
    }
    int count = 0;
    for (String spec : value.split("[,;]")) {
      Matcher times = COLUMN_SPEC.matcher(spec.strip());
      count += times.lookingAt() ? Integer.parseInt(times.group(1)) : 1;
    }
    return Optional.of(Math.max(1, count));
  }
}
