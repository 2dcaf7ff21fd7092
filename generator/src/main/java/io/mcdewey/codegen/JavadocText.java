package io.mcdewey.codegen;

/** Guide text made safe for Javadoc comments in generated sources. */
final class JavadocText {
  private JavadocText() {}

  /**
   * {@code text} as HTML that cannot end the comment, start a tag ({@code @param}, {@code {@link}}) or form a
   * Unicode escape, which Java reads even inside comments; line breaks become spaces.
   */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '@' -> escaped.append("&#64;");
        case '\\' -> escaped.append("&#92;");
        case '/' -> escaped.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        case '\r', '\n' -> escaped.append(' ');
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
