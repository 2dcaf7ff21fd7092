package io.mcdewey.codegen;

/**
 * Guide text made safe for the XML McDewey writes, such as the generated project's build file: markup characters
 * become references, and characters XML does not allow become spaces.
 */
final class XmlEscapes {
  private XmlEscapes() {}

  /** The text for an element's content or an attribute's value. */
  static String text(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&apos;");
        default -> {
          if (allowed(c)) {
            escaped.appendCodePoint(c);
          } else {
            escaped.append(' ');
          }
        }
      }
    });
    return escaped.toString();
  }

  /**
   * The text for an element's content or for a comment, which ends at {@code --}: a hyphen after a hyphen, or
   * ending the text, becomes {@code &#45;}, which element content reads as a hyphen and a comment shows as it is.
   */
  static String textOrComment(String text) {
    String escaped = text(text);
    StringBuilder safe = new StringBuilder(escaped.length());
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      boolean breaksComment = c == '-' && (i + 1 == escaped.length() || i > 0 && escaped.charAt(i - 1) == '-');
      safe.append(breaksComment ? "&#45;" : String.valueOf(c));
    }
    return safe.toString();
  }

  /** Whether XML 1.0 allows the character: not a control character but tab and line breaks, nor U+FFFE, U+FFFF. */
  private static boolean allowed(int c) {
    return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
        || c >= 0x10000 && c <= 0x10FFFF;
  }
}
