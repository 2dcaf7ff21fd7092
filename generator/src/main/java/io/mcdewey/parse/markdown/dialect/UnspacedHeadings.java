package io.mcdewey.parse.markdown.dialect;

import io.mcdewey.parse.markdown.rules.FencedLines;

/**
 * ATX headings written without a space after their hashes ({@code ##Search}, {@code ####POST `/api/v3/es/index`}),
 * which the original Markdown and GitHub's markdown before CommonMark read as headings and CommonMark reads as text:
 * read as headings, the space put in. A page is taken to write its headings so only where two lines or more open so
 * with two hashes at least, outside fenced code; a line of one hash is then its title only as the page's first line:
 * elsewhere it is a comment of code printed as text ({@code #send the request}). A heading's text opens with a letter,
 * code or emphasis, not a digit ({@code #123 fixed}) or a mark ({@code #!/bin/sh}, {@code ######}).
 */
public final class UnspacedHeadings {
  private static final int MAX_LEVEL = 6;
  private static final int LEAST_HEADINGS = 2;

  private UnspacedHeadings() {}

  /** The text with its headings written without a space after the hashes spaced, if it writes two at least. */
  public static String asHeadings(String text) {
    if (!text.contains("##")) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    boolean[] fenced = FencedLines.of(lines);
    int count = 0;
    int first = -1;
    for (int i = 0; i < lines.length; i++) {
      first = first < 0 && !lines[i].isBlank() ? i : first;
      int hashes = fenced[i] ? 0 : hashesOpening(lines[i]);
      if (hashes > 1 || hashes == 1 && i == first) {
        count += hashes > 1 ? 1 : 0;
        lines[i] = lines[i].substring(0, hashes) + " " + lines[i].substring(hashes);
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
    boolean opensText = Character.isLetter(first) || first == '`' || first == '*' || first == '[';
    return opensText ? hashes : 0;
  }
}
