package io.mcdewey.parse.markdown.dialect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the wiki markups that head their sections with equal signs (DokuWiki, MediaWiki) share: how many headings tell
 * a page for one, and their internal links ({@code [[target|label]]}, {@code [[target]]}), read as their words.
 */
final class WikiSyntax {
  /** The fewest headings a page of such a markup holds: one line between equal signs may be anything. */
  static final int LEAST_HEADINGS = 2;
  /** An internal link: its target and bar if it has a label, then the label or the target alone. */
  private static final Pattern LINK = Pattern.compile("\\[\\[(?:[^\\]|\\n]*\\|)?([^\\]|\\n]*)]]");

  private WikiSyntax() {}

  /** Whether the matcher finds the fewest headings at least, looking no further than that. */
  static boolean enoughHeadings(Matcher headings) {
    int count = 0;
    while (count < LEAST_HEADINGS && headings.find()) {
      count++;
    }
    return count == LEAST_HEADINGS;
  }

  /** The text with each internal link as its label, or its target where it has none: its bar would split a cell. */
  static String linksAsWords(String text) {
    return text.indexOf("[[") < 0 ? text
        : LINK.matcher(text).replaceAll(link -> Matcher.quoteReplacement(link.group(1).strip()));
  }
}
