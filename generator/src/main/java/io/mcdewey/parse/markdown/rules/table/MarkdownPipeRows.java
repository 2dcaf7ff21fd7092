package io.mcdewey.parse.markdown.rules.table;

import io.mcdewey.parse.markdown.MarkdownColumn;
import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads rows of {@code |}-separated cells that a paragraph holds because they lack the delimiter row a markdown table
 * needs. Pages exported from web documentation print tables this way, sometimes a row per line
 * ({@code 200 | Found |}), sometimes a cell per line with lone {@code |} lines between rows.
 *
 * <p>Lines naming known columns ({@code Header | Description}) open a {@link MarkdownElement.Table}; other rows are
 * label/value text, and their cells become lines of their own, in order.
 */
public final class MarkdownPipeRows {
  /** A delimiter cell, or several run together where no space stands beside their pipes ({@code ---|---}). */

  private MarkdownPipeRows() {}

  /**
   * Reads a paragraph's lines.
   *
   * @param lines the lines' text
   * @param numbers the lines' 1-based line numbers
   * @param listItem whether the paragraph opens a list item
   */
  public static List<MarkdownElement> read(List<String> lines, List<Integer> numbers, boolean listItem) {
    List<MarkdownElement> elements = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      if (!isRow(lines.get(i))) {
        elements.add(new MarkdownElement.TextLine(lines.get(i).strip(), numbers.get(i), listItem && i == 0));
        i++;
        continue;
      }
      int end = i;
      while (end < lines.size() && isRow(lines.get(end))) {
        end++;
      }
      elements.addAll(run(lines.subList(i, end), numbers.subList(i, end)));
      i = end;
    }
    return elements;
  }

  /**
   * Reads a run of row lines: label/value cells until a line (or a series of one-cell lines) names table columns;
   * the table then lasts while its rows have several cells, or, printed a cell per line, to the end of the run.
   */
  private static List<MarkdownElement> run(List<String> lines, List<Integer> numbers) {
    List<List<String>> cells = lines.stream().map(MarkdownPipeRows::cells).toList();
    List<MarkdownElement> elements = new ArrayList<>();
    int i = 0;
    while (i < cells.size()) {
      // A row over a delimiter row heads a table whatever its words, as GFM reads it where no paragraph runs into it.
      boolean delimited = i + 1 < cells.size() && cells.get(i).size() >= 2 && isDelimiterRow(cells.get(i + 1));
      List<String> header = MarkdownColumn.withoutCaption(cells.get(i));
      boolean cellPerLine = !delimited && !MarkdownColumn.isHeader(header);
      if (cellPerLine) {
        header = singleCellHeader(cells.subList(i, cells.size()), lines.subList(i, lines.size()));
      }
      if (!delimited && !MarkdownColumn.isHeader(header)) {
        for (String cell : cells.get(i)) {
          if (!cell.isEmpty()) {
            elements.add(new MarkdownElement.TextLine(cell, numbers.get(i), false));
          }
        }
        i++;
        continue;
      }
      int first = i + (cellPerLine ? header.size() : 1);
      int end = first;
      boolean spread = false;
      boolean rowRead = false;
      while (end < cells.size() && (cellPerLine || spread || !rowRead || cells.get(end).size() != 1
          || isDelimiterRow(cells.get(end)))) {
        // A row shorter than the header is spread over lines: its one-cell lines and lone pipes follow it.
        boolean delimiter = isDelimiterRow(cells.get(end));
        spread |= !delimiter && cells.get(end).size() < header.size();
        rowRead |= !delimiter;
        end++;
      }
      elements.add(table(header, cells.subList(first, end), numbers.get(i), openEnded(lines.subList(i, end))));
      i = end;
    }
    return elements;
  }

  private static MarkdownElement.Table table(List<String> header, List<List<String>> cells, int line,
      boolean openEnded) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    for (List<String> lineCells : cells) {
      if (isDelimiterRow(lineCells)) {
        continue;
      }
      if (lineCells.stream().allMatch(String::isBlank)) {
        flush(row, rows, header);
        continue;
      }
      row.addAll(lineCells);
      if (row.size() >= header.size()) {
        flush(row, rows, header);
      }
    }
    flush(row, rows, header);
    return new MarkdownElement.Table(header, rows, line, openEnded);
  }

  /**
   * The header of a table printed a cell per line: the leading one-cell lines that name columns. Where the header's
   * first line opens with a pipe, the next line opening with one opens the first row ({@code | 参数 |} …
   * {@code 说明 |}, then {@code | name |}); otherwise a column named twice does ({@code name} under {@code Parameter}).
   */
  private static List<String> singleCellHeader(List<List<String>> cells, List<String> lines) {
    List<String> header = new ArrayList<>();
    Set<MarkdownColumn> named = EnumSet.noneOf(MarkdownColumn.class);
    boolean rowsOpenWithPipes = lines.get(0).strip().startsWith("|");
    for (int i = 0; i < cells.size(); i++) {
      List<String> lineCells = cells.get(i);
      Optional<MarkdownColumn> column = lineCells.size() == 1 ? MarkdownColumn.named(lineCells.get(0))
          : Optional.empty();
      boolean rowOpens = rowsOpenWithPipes ? i > 0 && lines.get(i).strip().startsWith("|")
          : column.isPresent() && !named.add(column.get());
      if (column.isEmpty() || rowOpens) {
        break;
      }
      named.add(column.get());
      header.add(lineCells.get(0));
    }
    return header;
  }

  private static void flush(List<String> row, List<List<String>> rows, List<String> header) {
    if (!row.isEmpty()) {
      rows.add(SpreadRows.aligned(header, List.copyOf(row)));
      row.clear();
    }
  }

  private static boolean openEnded(List<String> lines) {
    boolean closedBefore = lines.subList(0, lines.size() - 1).stream().anyMatch(l -> l.strip().endsWith("|"));
    return closedBefore && !lines.get(lines.size() - 1).strip().endsWith("|");
  }

  /** Whether a row's cells are the dashes that part a header from the body ({@code ---|---|}). */
  static boolean isDelimiterRow(List<String> cells) {
    if (cells.isEmpty()) {
      return false;
    }
    for (String cell : cells) {
      // A delimiter cell opens with a dash or a colon: told before the pattern runs, as most rows hold text.
      boolean opensDelimiter = !cell.isEmpty() && (cell.charAt(0) == '-' || cell.charAt(0) == ':');
      if (!opensDelimiter || !isDelimiterCell(cell)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a cell is one or more delimiters parted by pipes ({@code ---}, {@code :---:|---}): three dashes at least,
   * perhaps between colons. Scanned by hand: a pattern repeating a group recurses once per repetition, which a long
   * damaged row would overflow.
   */
  private static boolean isDelimiterCell(String cell) {
    int at = 0;
    while (true) {
      at += at < cell.length() && cell.charAt(at) == ':' ? 1 : 0;
      int dashes = 0;
      while (at < cell.length() && cell.charAt(at) == '-') {
        dashes++;
        at++;
      }
      at += at < cell.length() && cell.charAt(at) == ':' ? 1 : 0;
      if (dashes < 3) {
        return false;
      }
      if (at == cell.length()) {
        return true;
      }
      if (cell.charAt(at) != '|') {
        return false;
      }
      at++;
    }
  }

  /** Whether a line holds a cell separator. */
  public static boolean isRow(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (isSeparator(line, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The cells of a row, trimmed, without the empty ones its outer pipes make. A {@code |} between two non-blank
   * characters belongs to the text ({@code true|false}) and separates nothing.
   */
  public static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < line.length(); i++) {
      if (isSeparator(line, i)) {
        cells.add(line.substring(start, i).strip());
        start = i + 1;
      }
    }
    cells.add(line.substring(start).strip());
    if (!cells.isEmpty() && cells.get(0).isEmpty()) {
      cells.remove(0);
    }
    if (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
      cells.remove(cells.size() - 1);
    }
    return cells;
  }

  private static boolean isSeparator(String line, int i) {
    if (line.charAt(i) != '|') {
      return false;
    }
    boolean textBefore = i > 0 && !Character.isWhitespace(line.charAt(i - 1));
    boolean textAfter = i + 1 < line.length() && !Character.isWhitespace(line.charAt(i + 1));
    return !(textBefore && textAfter);
  }
}
