package io.mcdewey.parse.markdown.dialect;

import io.mcdewey.parse.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables docutils builds from directives rather than from drawn grids: {@code csv-table} (a header option and
 * rows of comma-separated, quoted values that may run over several lines) and {@code list-table} (a bullet list of
 * rows, each a bullet list of cells). Cells are read as inline text; a table without rows is none.
 */
final class RstTables {
  /** A row of a list table ({@code * - first cell}), or a further cell of it ({@code - cell}). */
  private static final Pattern LIST_ROW = Pattern.compile("^\\*\\s+-(?:\\s+(.*))?$");
  private static final Pattern LIST_CELL = Pattern.compile("^(\\s+)-(?:\\s+(.*))?$");

  private RstTables() {}

  /**
   * A {@code csv-table}'s rows; its {@code :header:} option, else its first {@code :header-rows:} rows, is the header.
   *
   * @param header the value of the {@code :header:} option, or empty
   * @param headerRows the value of the {@code :header-rows:} option, or empty
   * @param delimiter the value of the {@code :delim:} option, or empty for a comma
   * @param escape the value of the {@code :escape:} option, or empty for quotes doubled
   * @param body the lines after the options
   */
  static List<List<String>> csv(String header, String headerRows, String delimiter, String escape,
      List<String> body) {
    // docutils names the two blank delimiters by words.
    char separator = delimiter.isEmpty() ? ',' : delimiter.equals("tab") ? '\t' : delimiter.equals("space") ? ' '
        : delimiter.charAt(0);
    char escaping = escape.isEmpty() ? '"' : escape.charAt(0);
    List<List<String>> rows = new ArrayList<>();
    if (!header.isBlank()) {
      rows.add(records(header, separator, escaping).get(0));
    }
    rows.addAll(records(String.join("\n", body), separator, escaping));
    return withHeader(rows, header.isBlank() ? headerRowCount(headerRows) : 1);
  }

  /** A {@code list-table}'s rows, the first {@code :header-rows:} of them (none by default) its header. */
  static List<List<String>> list(String headerRows, List<String> body) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = null;
    StringBuilder cell = null;
    int cellIndent = -1;
    for (String line : body) {
      Matcher opening = LIST_ROW.matcher(line);
      Matcher next = LIST_CELL.matcher(line);
      if (opening.matches()) {
        close(row, cell);
        row = new ArrayList<>();
        rows.add(row);
        cell = new StringBuilder(opening.group(1) == null ? "" : opening.group(1).strip());
        // The cells of a row stand where its first cell's dash does ({@code * - a} or {@code *   - a}).
        cellIndent = line.indexOf('-');
      } else if (row != null && next.matches() && next.group(1).length() == cellIndent) {
        close(row, cell);
        cell = new StringBuilder(next.group(2) == null ? "" : next.group(2).strip());
      } else if (cell != null && !line.isBlank()) {
        cell.append(cell.length() == 0 ? "" : " ").append(line.strip());
      }
    }
    close(row, cell);
    return withHeader(rows, headerRowCount(headerRows));
  }

  private static void close(List<String> row, StringBuilder cell) {
    if (row != null && cell != null) {
      row.add(RstInline.read(cell.toString()).text());
    }
  }

  /**
   * The rows from the header on: the last of the given number of header rows (those above it group its columns), or
   * the first row when the directive names none, since a table of parameters or statuses is read by its header.
   */
  private static List<List<String>> withHeader(List<List<String>> rows, int headerRows) {
    return rows.size() > headerRows ? rows.subList(headerRows - 1, rows.size()) : List.of();
  }

  /** The rows a {@code :header-rows:} option heads the table with: one at least, as the table is read by them. */
  private static int headerRowCount(String option) {
    try {
      return option.isBlank() ? 1 : Math.max(1, Integer.parseInt(option.strip()));
    } catch (NumberFormatException notANumber) {
      return 1;
    }
  }

  /** The records of comma-separated text: quoted values may hold separators, line breaks and escaped quotes. */
  private static List<List<String>> records(String text, char separator, char escape) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder value = new StringBuilder();
    boolean quoted = false;
    boolean started = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == escape && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          value.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          value.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        started = true;
      } else if (c == separator) {
        record.add(cell(value));
        started = true;
      } else if (c == '\n') {
        if (started || value.length() > 0) {
          record.add(cell(value));
          records.add(record);
          record = new ArrayList<>();
        }
        started = false;
      } else if (!Character.isWhitespace(c) || value.length() > 0) {
        value.append(c);
        started = true;
      }
    }
    if (started || value.length() > 0) {
      record.add(cell(value));
      records.add(record);
    }
    return records;
  }

  private static String cell(StringBuilder value) {
    String text = RstInline.read(Whitespace.singleSpaced(value.toString().strip())).text();
    value.setLength(0);
    return text;
  }
}
