package io.mcdewey.server;

/**
 * A question as typed, made searchable: control and formatting characters (NUL, zero-width spaces, direction marks)
 * are dropped and runs of white space become one space. A question with no letter or digit left asks nothing.
 */
final class QueryText {
  private QueryText() {}

  /** The question without invisible characters, stripped. */
  static String clean(String raw) {
    StringBuilder text = new StringBuilder(raw.length());
    boolean space = false;
    for (int i = 0; i < raw.length(); ) {
      int c = raw.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = text.length() > 0;
      } else if (!invisible(c)) {
        if (space) {
          text.append(' ');
          space = false;
        }
        text.appendCodePoint(c);
      }
    }
    return text.toString();
  }

  /** Whether the cleaned question has anything to search for. */
  static boolean hasWords(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  private static boolean invisible(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE || type == Character.SURROGATE;
  }
}
