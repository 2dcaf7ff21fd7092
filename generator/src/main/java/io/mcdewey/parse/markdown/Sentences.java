package io.mcdewey.parse.markdown;

import io.mcdewey.parse.Whitespace;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits prose into sentences: a stop, then whitespace, then what opens a sentence (a capital, a literal, a bracket).
 * Scanned by hand from stop to stop: a pattern would be tried at every character of every paragraph.
 */
final class Sentences {

  private Sentences() {}

  /**
   * Where a sentence of a text starts and stops.
   *
   * @param start its first character
   * @param stop just after its last
   */
  record Span(int start, int stop) {}

  static List<Span> of(String text) {
    List<Span> spans = new ArrayList<>();
    int start = 0;
    for (int stop = nextStop(text, 0); stop >= 0; stop = nextStop(text, stop + 1)) {
      int next = stop + 1;
      while (next < text.length() && Whitespace.isSpace(text.charAt(next))) {
        next++;
      }
      if (next > stop + 1 && next < text.length() && opensSentence(text.codePointAt(next))) {
        spans.add(new Span(start, stop + 1));
        start = next;
      }
    }
    if (start < text.length()) {
      spans.add(new Span(start, text.length()));
    }
    return spans;
  }

  /** Where the first {@code .}, {@code !} or {@code ?} at or after {@code from} stands, or -1. */
  private static int nextStop(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?') {
        return i;
      }
    }
    return -1;
  }

  private static boolean opensSentence(int codePoint) {
    return Character.getType(codePoint) == Character.UPPERCASE_LETTER || "`(\"“".indexOf(codePoint) >= 0;
  }
}
