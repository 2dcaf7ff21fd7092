package io.mcdewey.parse.markdown.rules;

import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code <table>}s that guides converted from web pages keep as raw HTML inside their markdown. */
public final class MarkdownHtmlTables {
  private static final Pattern TABLE = Pattern.compile("(?is)<table\\b.*?</table\\s*>");
  private static final Pattern ROW = Pattern.compile("(?is)<tr\\b[^>]*>(.*?)(?=<tr\\b|</table|$)");
  private static final Pattern CELL = Pattern.compile("(?is)<t[hd]\\b[^>]*>(.*?)(?=<t[hd]\\b|</tr|$)");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern LINE_BREAK = Pattern.compile("(?i)<br\\s*/?>");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private MarkdownHtmlTables() {}

  /** Whether an HTML block holds a table. */
  public static boolean holdsTable(String html) {
    return TABLE.matcher(html).find();
  }

  /**
   * The tables of an HTML block, the first row of each as its header.
   *
   * @param line the block's 1-based line
   */
  public static List<MarkdownElement.Table> read(String html, int line) {
    List<MarkdownElement.Table> tables = new ArrayList<>();
    Matcher table = TABLE.matcher(html);
    while (table.find()) {
      List<List<String>> rows = new ArrayList<>();
      Matcher row = ROW.matcher(table.group());
      while (row.find()) {
        List<String> cells = new ArrayList<>();
        Matcher cell = CELL.matcher(row.group(1));
        while (cell.find()) {
          cells.add(text(cell.group(1)));
        }
        if (!cells.isEmpty()) {
          rows.add(cells);
        }
      }
      if (!rows.isEmpty()) {
        tables.add(new MarkdownElement.Table(rows.get(0), rows.subList(1, rows.size()), line, false));
      }
    }
    return tables;
  }

  private static String text(String cellHtml) {
    String text = TAG.matcher(LINE_BREAK.matcher(cellHtml).replaceAll(" ")).replaceAll("");
    String unescaped = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
    return WHITESPACE.matcher(unescaped).replaceAll(" ").strip();
  }
}
