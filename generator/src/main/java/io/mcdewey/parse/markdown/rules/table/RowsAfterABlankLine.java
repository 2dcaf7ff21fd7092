package io.mcdewey.parse.markdown.rules.table;

import io.mcdewey.parse.markdown.MarkdownColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the rows of a table that a blank line breaks in two. Hand-written pages leave a blank line between rows (a
 * line holding only the indent of the list item the table stands in); GFM ends the table there and reads the rows
 * after it as a paragraph, though each prints as many cells as the table's header names.
 */
public final class RowsAfterABlankLine {
  private RowsAfterABlankLine() {}

  /**
   * The rows the lines after a blank line continue a table with: every line a row of as many cells as the header, the
   * first naming no columns (which would open a table of its own) and none a delimiter row; empty otherwise.
   *
   * @param lines the lines of the paragraph after the blank line
   * @param width the number of columns the table's header names
   */
  public static Optional<List<List<String>>> rows(List<String> lines, int width) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : lines) {
      List<String> cells = MarkdownPipeRows.isRow(line) ? MarkdownPipeRows.cells(line) : List.of();
      if (cells.size() != width || MarkdownPipeRows.isDelimiterRow(cells)) {
        return Optional.empty();
      }
      rows.add(cells);
    }
    return rows.isEmpty() || MarkdownColumn.isHeader(rows.get(0)) ? Optional.empty() : Optional.of(rows);
  }
}
