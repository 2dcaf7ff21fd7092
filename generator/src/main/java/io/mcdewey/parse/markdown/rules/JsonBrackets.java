package io.mcdewey.parse.markdown.rules;

/**
 * The brackets of a JSON document read so far, text after text, outside its strings: whether the document may be
 * whole, and whether it can no longer be. A JSON parser accepts a text only where its first bracket closes at its
 * last character besides blanks, so telling that costs one look at each character, where parsing the text again at
 * each line a paragraph adds would cost the square of its length.
 */
final class JsonBrackets {
  private int depth;
  private boolean inString;
  private boolean escaped;
  private boolean closed;
  private boolean textAfter;

  /** Reads more of the document. */
  JsonBrackets add(String text) {
    for (int i = 0; i < text.length() && !textAfter; i++) {
      read(text.charAt(i));
    }
    return this;
  }

  private void read(char c) {
    if (closed) {
      textAfter = " \t\n\r".indexOf(c) < 0;
    } else if (inString) {
      inString = escaped || c != '"';
      escaped = !escaped && c == '\\';
    } else if (c == '"') {
      inString = true;
    } else if (c == '{' || c == '[') {
      depth++;
    } else if (c == '}' || c == ']') {
      textAfter = depth == 0;
      depth--;
      closed = depth == 0;
    }
  }

  /** Whether the first bracket has closed with nothing but blanks after it: only then may the document parse. */
  boolean mayBeWhole() {
    return closed && !textAfter;
  }

  /** Whether text stands after the first bracket closed, or a bracket closed none: no more text makes it parse. */
  boolean neverWhole() {
    return textAfter;
  }
}
