package io.mcdewey.parse.markdown.rules.table;

import io.mcdewey.parse.markdown.rules.FencedLines;
import java.util.regex.Pattern;

/**
 * Widens a table's delimiter row printed shorter than its header ({@code | Name | Required | Type |} over
 * {@code |---|}), as converters of HTML pages print one delimiter cell for any table: GFM reads no table where the
 * two differ, and the rows would be read as a paragraph. The delimiter row gets as many cells as the header row above
 * it, which opens the table (no row stands above it); one with a space inside a cell ({@code |:-------- :|}) is
 * written again as GFM reads one. Lines inside fenced code are left as they are.
 */
public final class ShortDelimiterRows {
  private static final Pattern SPACED_DELIMITER_CELL = Pattern.compile(":?\\s*-+\\s*:?");

  private ShortDelimiterRows() {}

  /** The text with each delimiter row shorter than its header row widened to the header's cells. */
  public static String widened(String markdown) {
    if (markdown.indexOf("|-") < 0 && markdown.indexOf("|:") < 0) {
      return markdown;
    }
    String[] lines = markdown.split("\n", -1);
    boolean[] fenced = FencedLines.of(lines);
    for (int i = 0; i < lines.length; i++) {
      if (fenced[i]) {
        continue;
      }
      boolean strict = LiteralPipesInRows.isDelimiterLine(lines[i]);
      if (i > 0 && !fenced[i - 1] && (strict || isSpacedDelimiterLine(lines[i])) && opensTable(lines, i - 1)) {
        int header = LiteralPipesInRows.cellsAsGfmSplits(lines[i - 1]);
        if (header >= 2 && (!strict || LiteralPipesInRows.cellsAsGfmSplits(lines[i]) < header)) {
          lines[i] = "|" + "---|".repeat(header);
        }
      }
    }
    return String.join("\n", lines);
  }

  /**
   * Whether a line is a delimiter row with a space inside a cell, between its dashes and a colon
   * ({@code |:-------- :|}), which GFM reads as no delimiter.
   */
  private static boolean isSpacedDelimiterLine(String line) {
    String row = line.strip();
    if (row.indexOf('|') < 0 || row.indexOf('-') < 0 || row.indexOf(' ') < 0) {
      return false;
    }
    boolean spaced = false;
    for (String cell : row.split("\\|")) {
      String content = cell.strip();
      if (!content.isEmpty() && !SPACED_DELIMITER_CELL.matcher(content).matches()) {
        return false;
      }
      spaced |= content.indexOf(' ') >= 0;
    }
    return spaced;
  }

  /** Whether line {@code at} is a pipe row with no pipe row above it: a table's header, not one of its rows. */
  private static boolean opensTable(String[] lines, int at) {
    return MarkdownPipeRows.isRow(lines[at]) && (at == 0 || !MarkdownPipeRows.isRow(lines[at - 1]));
  }
}
