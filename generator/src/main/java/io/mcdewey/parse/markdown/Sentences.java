package io.mcdewey.parse.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits prose into sentences: a stop, then a space, then what opens a sentence (a capital, a literal, a bracket). */
final class Sentences {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}`(\\u0022“])");

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
    Matcher end = SENTENCE_END.matcher(text);
    int start = 0;
    while (end.find()) {
      spans.add(new Span(start, end.start()));
      start = end.end();
    }
    if (start < text.length()) {
      spans.add(new Span(start, text.length()));
    }
    return spans;
  }
}
