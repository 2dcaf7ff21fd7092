package io.mcdewey.parse.markdown.rules.table;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a raw HTML {@code <table>} inside markdown ends. Markdown ends a block of HTML at its first blank line, and
 * READMEs often leave blank lines between a table's rows: commonmark then reads the rest of the table as blocks of
 * other kinds (an indented code block of {@code <tr>}s, a paragraph of cells). In HTML the table is one element, up to
 * the tag that closes it, and is read as one.
 */
public final class MarkdownHtmlTables {
  private static final Pattern TABLE_TAG = Pattern.compile("(?i)<(/?)table(?=[\\s/>])");
  /** A line that opens a block no table row holds: a heading, a fence, a thematic break. */
  private static final Pattern BLOCK_OF_ITS_OWN =
      Pattern.compile("^ {0,3}(?:#{1,6}(?:\\s|$)|```|~~~|(?:[-*_]\\s*){3,}$)");

  private MarkdownHtmlTables() {}

  /** Whether a block of HTML opens a table. */
  public static boolean opensTable(String html) {
    Matcher tag = TABLE_TAG.matcher(html);
    while (tag.find()) {
      if (tag.group(1).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The line closing the tables a block of HTML opens: the first line from the block's on where every table opened
   * since is closed; the block's own last line when it closes them itself, or when a heading, a fence or a thematic
   * break comes first (a table left open, whose closing tag further on may be an example's), or no line closes them.
   *
   * @param source the page's lines
   * @param first the block's first line, 1-based
   * @param blockLast the block's last line, 1-based
   */
  public static int lastLine(List<String> source, int first, int blockLast) {
    int open = 0;
    for (int line = first; line <= source.size(); line++) {
      if (line > blockLast && BLOCK_OF_ITS_OWN.matcher(source.get(line - 1)).find()) {
        return blockLast;
      }
      Matcher tag = TABLE_TAG.matcher(source.get(line - 1));
      while (tag.find()) {
        open += tag.group(1).isEmpty() ? 1 : -1;
      }
      if (open <= 0) {
        return Math.max(line, blockLast);
      }
    }
    return blockLast;
  }
}
