package io.mcdewey.parse.markdown.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MediaWiki's markup, as wikis built on it save a page's source, read as markdown before commonmark reads the page:
 * headings between runs of equal signs ({@code == Tasks ==} is the second level), list items opened by stars or
 * hashes without a space ({@code *Method: GET}, {@code **note}), tables between {@code {|} and {@code |}} (a row after
 * each {@code |-}, header cells after {@code !}, data cells after {@code |}, a cell's attributes before its own bar, a
 * cell going on over lines, a caption after {@code |+} left out) as pipe tables, {@code <pre>} blocks as fences,
 * bold and italic quotes as emphasis, and links as their words. A page is taken for MediaWiki where two lines or
 * more are such headings, a sign of MediaWiki's own stands ({@code {|}, {@code __TOC__}, {@code [[File:}),
 * and no line is a markdown heading or a fence. A table keeps its first line; blank lines after it stand
 * for the lines its rows were printed over.
 */
public final class MediaWikiMarkup {
  /** A behaviour switch alone on its line ({@code __NOTOC__}): markup, not text. */
  private static final Pattern MAGIC_WORD = Pattern.compile("__[A-Z]+__");
  /** A heading: its signs, then its text, opening with no sign (a setext heading's underline is none). */
  private static final Pattern HEADING = Pattern.compile("^(={1,6})[ \\t]*([^=\\s][^\\n]{0,200}?)[ \\t]*\\1[ \\t]*$");
  private static final Pattern HEADING_LINE =
      Pattern.compile("(?m)^(={1,6})[ \\t]*[^=\\s][^\\n]{0,200}?[ \\t]*\\1[ \\t]*$");
  private static final Pattern MARKDOWN = Pattern.compile("(?m)^(?:#{1,6}[ \\t]|[ \\t]{0,3}(?:```|~~~))");
  private static final Pattern LIST_ITEM = Pattern.compile("^([*#]+)[ \\t]*(.*)$");
  private static final Pattern FILE_LINK = Pattern.compile("\\[\\[(?:File|Image|Category):[^\\]]*]]");
  private static final Pattern EXTERNAL_LINK = Pattern.compile("\\[(?:https?://|//)\\S+\\s+([^\\]]+)]");
  private static final Pattern BOLD = Pattern.compile("'''(.+?)'''");
  private static final Pattern ITALIC = Pattern.compile("''(.+?)''");
  private static final Pattern TAG = Pattern.compile("</?(?:pre|code|nowiki|tt)>");

  private MediaWikiMarkup() {}

  /** The text with its MediaWiki markup as markdown, or the text itself when it is no MediaWiki page. */
  public static String asMarkdown(String text) {
    if (!text.contains("==") || !hasOwnSign(text) || MARKDOWN.matcher(text).find()
        || !WikiSyntax.enoughHeadings(HEADING_LINE.matcher(text))) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    boolean preformatted = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.strip().equals("<pre>") || line.strip().equals("</pre>")) {
        preformatted = line.strip().equals("<pre>");
        lines[i] = "```";
      } else if (preformatted) {
        continue;
      } else if (line.startsWith("{|")) {
        i = table(lines, i) - 1;
      } else {
        lines[i] = line(line);
      }
    }
    return String.join("\n", lines);
  }

  /**
   * Whether a sign of MediaWiki's own stands in the text: a table opening a line, a table of contents' switch, a link
   * to a file. Told by plain searches: the text of any page is asked.
   */
  private static boolean hasOwnSign(String text) {
    return text.startsWith("{|") || text.contains("\n{|") || text.contains("TOC__") || text.contains("[[File:")
        || text.contains("[[Image:") || text.contains("[[Category:");
  }

  private static String line(String text) {
    Matcher heading = HEADING.matcher(text);
    if (heading.matches()) {
      return "#".repeat(heading.group(1).length()) + " " + inline(heading.group(2));
    }
    if (MAGIC_WORD.matcher(text.strip()).matches()) {
      return "";
    }
    Matcher item = LIST_ITEM.matcher(text);
    if (item.matches()) {
      String marks = item.group(1);
      String indent = "  ".repeat(marks.length() - 1);
      return indent + (marks.endsWith("#") ? "1. " : "- ") + inline(item.group(2));
    }
    return inline(text);
  }

  private static String inline(String text) {
    if (text.indexOf('[') < 0 && text.indexOf('\'') < 0) {
      return text;
    }
    String links = WikiSyntax.linksAsWords(FILE_LINK.matcher(text).replaceAll(""));
    String external = EXTERNAL_LINK.matcher(links).replaceAll("$1");
    return ITALIC.matcher(BOLD.matcher(external).replaceAll("**$1**")).replaceAll("*$1*");
  }

  /**
   * Writes the table opening at line {@code start} as a pipe table over its first lines, blank lines after it, and
   * returns the index of the line after its closing {@code |}}.
   */
  private static int table(String[] lines, int start) {
    List<List<String>> rows = new ArrayList<>();
    boolean header = false;
    int end = start + 1;
    List<String> row = null;
    while (end < lines.length && !lines[end].startsWith("|}")) {
      String line = lines[end];
      if (line.startsWith("|-")) {
        row = null;
      } else if ((line.startsWith("!") || line.startsWith("|")) && !line.startsWith("|+")) {
        if (row == null) {
          row = new ArrayList<>();
          rows.add(row);
          header = header || rows.size() == 1 && line.startsWith("!");
        }
        for (String cell : line.substring(1).split(line.startsWith("!") ? "!!|\\|\\|" : "\\|\\|", -1)) {
          row.add(cellText(cell));
        }
      } else if (row != null && !row.isEmpty()) {
        // A cell going on over lines ({@code <pre>} inside it, a long text).
        String more = cellText(line);
        row.set(row.size() - 1, (row.get(row.size() - 1) + " " + more).strip());
      }
      end++;
    }
    List<String> written = new ArrayList<>();
    if (!rows.isEmpty()) {
      int width = rows.stream().mapToInt(List::size).max().orElse(0);
      List<String> first = header ? rows.get(0) : List.of();
      written.add(pipeRow(header ? first : blankRow(width), width));
      written.add("|" + "---|".repeat(width));
      rows.subList(header ? 1 : 0, rows.size()).forEach(r -> written.add(pipeRow(r, width)));
    }
    // Each row takes a line of its own at least after its {@code |-}: the rows fit in the table's lines.
    int last = Math.min(end, lines.length - 1);
    for (int i = start; i <= last; i++) {
      lines[i] = i - start < written.size() ? written.get(i - start) : "";
    }
    return end + 1;
  }

  private static String cellText(String cell) {
    String content = cell;
    int bar = content.indexOf('|');
    if (bar >= 0 && content.substring(0, bar).contains("=")) {
      // The cell's attributes before its own bar ({@code style="text-align:center"|integer}).
      content = content.substring(bar + 1);
    }
    return inline(TAG.matcher(content).replaceAll(" ")).replace("|", "\\|").strip();
  }

  private static List<String> blankRow(int width) {
    List<String> blank = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      blank.add(" ");
    }
    return blank;
  }

  private static String pipeRow(List<String> cells, int width) {
    StringBuilder row = new StringBuilder("|");
    for (int i = 0; i < width; i++) {
      row.append(' ').append(i < cells.size() ? cells.get(i) : "").append(" |");
    }
    return row.toString();
  }
}
