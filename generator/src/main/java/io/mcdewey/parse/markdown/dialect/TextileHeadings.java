package io.mcdewey.parse.markdown.dialect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Textile's headings ({@code h2. Listing}), as Redmine wikis and the wiki markups that copy Textile write them, read
 * as ATX headings before commonmark reads the page. A page is taken for Textile only where two lines or more open
 * so outside fenced code and no line is a markdown heading: a markdown page may show Textile as an example.
 */
public final class TextileHeadings {
  private static final Pattern HEADING = Pattern.compile("^h([1-6])\\.[ \\t]+(\\S.*)$");
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("(?m)^(?:#{1,6}[ \\t]|[=-]{3,}[ \\t]*$)");
  private static final Pattern FENCE = Pattern.compile("^\\s*(?:```|~~~)");
  private static final int LEAST_HEADINGS = 2;

  private TextileHeadings() {}

  /** The text with its Textile headings as ATX headings, or the text itself when it is no Textile page. */
  public static String asHeadings(String text) {
    if (!text.contains("h1. ") && !text.contains("h2. ") || MARKDOWN_HEADING.matcher(text).find()) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    int count = 0;
    boolean fenced = false;
    for (int i = 0; i < lines.length; i++) {
      if (FENCE.matcher(lines[i]).lookingAt()) {
        fenced = !fenced;
        continue;
      }
      Matcher heading = HEADING.matcher(lines[i]);
      if (!fenced && heading.matches()) {
        lines[i] = "#".repeat(Integer.parseInt(heading.group(1))) + " " + heading.group(2);
        count++;
      }
    }
    return count < LEAST_HEADINGS ? text : String.join("\n", lines);
  }
}
