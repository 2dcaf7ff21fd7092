package io.mcdewey.parse.markdown.rules.table;

import io.mcdewey.parse.markdown.rules.FencedLines;
import java.util.regex.Pattern;

/**
 * Escapes the pipes a table row prints inside code spans ({@code | `GROUP_NAME|GROUP_ID` | The group |}), which GFM
 * would take for cell borders: a literal is one value. GFM reads an escaped pipe as a pipe, inside a code span too.
 * Only the rows of a table (a header row over a delimiter row, and the rows after it up to a blank line) that split
 * into more cells than the delimiter row has are escaped; lines inside fenced code are left as they are.
 */
public final class LiteralPipesInRows {
  private static final Pattern DELIMITER_CELL = Pattern.compile(":?-+:?");

  private LiteralPipesInRows() {}

  /** The text with the pipes inside the code spans of each row too wide for its table escaped. */
  public static String escaped(String markdown) {
    if (markdown.indexOf('`') < 0 || markdown.indexOf('|') < 0) {
      return markdown;
    }
    String[] lines = markdown.split("\n", -1);
    boolean[] fenced = FencedLines.of(lines);
    int width = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (fenced[i]) {
        width = 0;
        continue;
      }
      if (line.isBlank() || !MarkdownPipeRows.isRow(line)) {
        width = 0;
      } else if (width == 0 && i + 1 < lines.length && isDelimiterLine(lines[i + 1])) {
        width = cellsAsGfmSplits(lines[i + 1]);
      }
      if (width > 0 && line.indexOf('`') >= 0 && cellsAsGfmSplits(line) > width) {
        lines[i] = escapedRow(line);
      }
    }
    return String.join("\n", lines);
  }

  /** How many cells GFM splits a row into: a cell between each two unescaped pipes, the outer pipes opening none. */
  static int cellsAsGfmSplits(String line) {
    String row = line.strip();
    int pipes = 0;
    for (int i = 0; i < row.length(); i++) {
      if (row.charAt(i) == '\\') {
        i++;
      } else if (row.charAt(i) == '|') {
        pipes++;
      }
    }
    int cells = pipes + 1;
    cells -= row.startsWith("|") ? 1 : 0;
    cells -= row.endsWith("|") && !row.endsWith("\\|") && row.length() > 1 ? 1 : 0;
    return cells;
  }

  /** Whether a line is a table's delimiter row ({@code |---|:--:|}). */
  static boolean isDelimiterLine(String line) {
    String row = line.strip();
    if (row.indexOf('|') < 0 || row.indexOf('-') < 0) {
      return false;
    }
    for (String cell : row.split("\\|")) {
      if (!cell.isBlank() && !DELIMITER_CELL.matcher(cell.strip()).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The row with the pipes inside its code spans escaped. A code span opens with a run of backticks and closes with a
   * run as long; one left open is no span.
   */
  static String escapedRow(String line) {
    StringBuilder out = new StringBuilder(line.length() + 4);
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        out.append(c).append(line.charAt(i + 1));
        i += 2;
        continue;
      }
      if (c != '`') {
        out.append(c);
        i++;
        continue;
      }
      int run = i;
      while (run < line.length() && line.charAt(run) == '`') {
        run++;
      }
      String ticks = line.substring(i, run);
      int close = closing(line, run, ticks.length());
      if (close < 0) {
        out.append(ticks);
        i = run;
        continue;
      }
      out.append(ticks);
      for (int at = run; at < close; at++) {
        char inside = line.charAt(at);
        boolean escapedAlready = at > run && line.charAt(at - 1) == '\\';
        out.append(inside == '|' && !escapedAlready ? "\\|" : String.valueOf(inside));
      }
      out.append(ticks);
      i = close + ticks.length();
    }
    return out.toString();
  }

  /** Where a run of exactly {@code length} backticks starts at or after {@code from}, or -1. */
  private static int closing(String line, int from, int length) {
    int i = from;
    while (i < line.length()) {
      if (line.charAt(i) != '`') {
        i++;
        continue;
      }
      int run = i;
      while (run < line.length() && line.charAt(run) == '`') {
        run++;
      }
      if (run - i == length) {
        return i;
      }
      i = run;
    }
    return -1;
  }
}
