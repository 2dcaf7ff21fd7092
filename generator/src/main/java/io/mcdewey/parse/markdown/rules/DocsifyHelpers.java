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
    String text = line.stripLeading();
    boolean marked = text.length() > 2 && (text.startsWith("?>") || text.startsWith("!>"))
        && Character.isWhitespace(text.charAt(2));
    return marked ? text.substring(3).stripLeading() : line;
  }
}
