package io.mcdewey.parse.markdown.dialect;

import java.util.regex.Matcher;

/** What the wiki markups that head their sections with equal signs (DokuWiki, MediaWiki) ask of a page's headings. */
final class WikiHeadings {
  /** The fewest headings a page of such a markup holds: one line between equal signs may be anything. */
  static final int LEAST = 2;

  private WikiHeadings() {}

  /** Whether the matcher finds the fewest headings at least, looking no further than that. */
  static boolean enough(Matcher headings) {
    int count = 0;
    while (count < LEAST && headings.find()) {
      count++;
    }
    return count == LEAST;
  }
}
