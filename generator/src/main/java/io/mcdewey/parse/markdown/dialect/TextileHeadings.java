package io.mcdewey.parse.markdown.dialect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Textile's headings ({@code h2. Listing}), as Redmine wikis and the wiki markups that copy Textile write them, read
 * as ATX headings before commonmark reads the page. A page is taken for Textile only where two lines or more open
 * so, since one such line may be a sentence ({@code h1. is the largest heading}).
 */
public final class TextileHeadings {
  private static final Pattern HEADING = Pattern.compile("(?m)^h([1-6])\\.[ \\t]+(\\S.*)$");
  private static final int LEAST_HEADINGS = 2;

  private TextileHeadings() {}

  /** The text with its Textile headings as ATX headings, or the text itself when it holds fewer than two. */
  public static String asHeadings(String text) {
    if (text.indexOf("h") < 0) {
      return text;
    }
    Matcher heading = HEADING.matcher(text);
    int count = 0;
    while (count < LEAST_HEADINGS && heading.find()) {
      count++;
    }
    if (count < LEAST_HEADINGS) {
      return text;
    }
    return heading.reset().replaceAll(m -> Matcher.quoteReplacement("#".repeat(Integer.parseInt(m.group(1))) + " "
        + m.group(2)));
  }
}
