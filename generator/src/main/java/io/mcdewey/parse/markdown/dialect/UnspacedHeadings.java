package io.mcdewey.parse.markdown.dialect;

import io.mcdewey.parse.markdown.rules.FencedLines;

/**
 * ATX headings written without a space after their hashes ({@code ##Search}, {@code ####POST `/api/v3/es/index`}),
 * which the original Markdown and GitHub's markdown before CommonMark read as headings and CommonMark reads as text:
 * read as headings, the space put in. A page is taken to write its headings so only where two lines or more open so
 * outside fenced code; a hash before one word alone ({@code #tag}) is a tag, and a line opening with a hash and no
 * letter, digit or code after it ({@code #!/bin/sh}, {@code ######}) no heading.
 */
public final class UnspacedHeadings {
  private static final int MAX_LEVEL = 6;
  private static final int LEAST_HEADINGS = 2;

  private UnspacedHeadings() {}

  /** The text with its headings written without a space after the hashes spaced, if it writes two at least. */
  public static String asHeadings(String text) {
    if (!text.contains("#")) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    boolean[] fenced = FencedLines.of(lines);
    int count = 0;
    for (int i = 0; i < lines.length; i++) {
      int hashes = fenced[i] ? 0 : hashesOpening(lines[i]);
      if (hashes > 0) {
        lines[i] = lines[i].substring(0, hashes) + " " + lines[i].substring(hashes);
        count++;
      }
    }
    return count < LEAST_HEADINGS ? text : String.join("\n", lines);
  }

  /** The number of hashes an unspaced heading opens with; 0 when the line is no such heading. */
  static int hashesOpening(String line) {
    int hashes = 0;
    while (hashes < line.length() && line.charAt(hashes) == '#') {
      hashes++;
    }
    if (hashes == 0 || hashes > MAX_LEVEL || hashes == line.length()) {
      return 0;
    }
    char first = line.charAt(hashes);
    boolean opensText = Character.isLetterOrDigit(first) || first == '`' || first == '*' || first == '[';
    boolean tag = hashes == 1 && line.indexOf(' ') < 0;
    return opensText && !tag ? hashes : 0;
  }
}
