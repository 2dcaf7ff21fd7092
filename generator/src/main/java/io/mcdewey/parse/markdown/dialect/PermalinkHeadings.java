package io.mcdewey.parse.markdown.dialect;

import io.mcdewey.parse.Whitespace;
import io.mcdewey.parse.markdown.rules.FencedLines;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headings of pages saved as text from sites that print a permalink sign after each heading: Sphinx and MkDocs
 * ({@code toc.permalink}) end every heading with a pilcrow ({@code GET /api/v1/status¶}), which is all that is left
 * of the heading once the page is copied as text. Such lines are read as headings, without the sign, before commonmark
 * reads the page; a markdown heading keeps its level and loses the sign. A plain line is taken for a heading only on
 * a page where two lines or more end so outside fenced code, and only while it is short and no sentence.
 */
public final class PermalinkHeadings {
  private static final char PILCROW = '\u00b6';
  private static final Pattern ENDS_WITH_SIGN =
      Pattern.compile("^(\\s{0,3})(#{1,6}[ \\t]+)?(\\S.*?)[ \\t]*\u00b6[ \\t]*$");
  private static final int LEAST_HEADINGS = 2;
  /** The most words a heading holds: a longer line is a sentence that happens to end with the sign. */
  private static final int MOST_WORDS = 12;
  /** The level plain lines ending with the sign take: the page no longer says which heading holds which. */
  private static final String LEVEL = "## ";

  private PermalinkHeadings() {}

  /** The text with each line ending with a permalink sign as a heading, or the text itself when none does. */
  public static String asHeadings(String text) {
    if (text.indexOf(PILCROW) < 0) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    boolean[] fenced = FencedLines.of(lines);
    Matcher[] signed = new Matcher[lines.length];
    int plain = 0;
    for (int i = 0; i < lines.length; i++) {
      Matcher heading = ENDS_WITH_SIGN.matcher(lines[i]);
      if (!fenced[i] && heading.matches()) {
        signed[i] = heading;
        plain += heading.group(2) == null && isTitle(heading.group(3)) ? 1 : 0;
      }
    }
    for (int i = 0; i < lines.length; i++) {
      Matcher heading = signed[i];
      if (heading != null && heading.group(2) != null) {
        lines[i] = heading.group(1) + heading.group(2) + heading.group(3);
      } else if (heading != null && plain >= LEAST_HEADINGS && isTitle(heading.group(3))) {
        // Only where enough plain lines end with the sign does it tell a page's headings.
        lines[i] = LEVEL + heading.group(3);
      }
    }
    return String.join("\n", lines);
  }

  /** Whether a line reads as a title: a few words, no sentence ending before the sign. */
  private static boolean isTitle(String text) {
    char last = text.charAt(text.length() - 1);
    return Whitespace.split(text).length <= MOST_WORDS && last != '.' && last != ':' && last != ',' && last != ';';
  }
}
