package io.mcdewey.parse.markdown.rules.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rows that follow a lone {@code |} line. Pages converted from HTML print a table a cell per line and the
 * border of an empty last cell as a line of its own; GFM (as commonmark-java reads it) ends the table there and makes
 * the rest a paragraph, though its lines are rows of the same table.
 */
public final class LonePipeRows {
  private LonePipeRows() {}

  /** Whether the lines after a table open with a lone pipe, and so hold more of its rows. */
  public static boolean opens(List<String> lines) {
    return !lines.isEmpty() && lines.get(0).strip().equals("|");
  }

  /**
   * The rows the lines after a table continue it with: when they {@linkplain #opens open with a lone pipe}, that line
   * and every line after it that prints a cell border, up to the first that does not, each as its cells (one empty
   * cell for a lone pipe, which ends a record). No rows when the lines open otherwise.
   */
  public static List<List<String>> rows(List<String> lines) {
    if (!opens(lines)) {
      return List.of();
    }
    List<List<String>> rows = new ArrayList<>();
    for (String line : lines) {
      if (!MarkdownPipeRows.isRow(line)) {
        break;
      }
      List<String> cells = MarkdownPipeRows.cells(line);
      rows.add(cells.isEmpty() ? List.of("") : cells);
    }
    return rows;
  }
}
