package io.mcdewey.parse.markdown.rules;

/**
 * Docsify's helpers: a paragraph opened by {@code ?>} is a tip, one opened by {@code !>} an important note; the
 * marker styles the paragraph and is no part of its text ({@code ?> **Address:** `/v1/x`} reads
 * {@code **Address:** `/v1/x`}).
 */
public final class DocsifyHelpers {
  private DocsifyHelpers() {}

  /** The line without the helper's marker it opens with, or the line itself. */
  public static String withoutMarker(String line) {
    int at = 0;
    while (at < line.length() && Character.isWhitespace(line.charAt(at))) {
      at++;
    }
    // Asked of every line of a paragraph: most open with neither mark, told without copying the line.
    boolean marked = at + 2 < line.length() && (line.charAt(at) == '?' || line.charAt(at) == '!')
        && line.charAt(at + 1) == '>' && Character.isWhitespace(line.charAt(at + 2));
    return marked ? line.substring(at + 3).stripLeading() : line;
  }
}
