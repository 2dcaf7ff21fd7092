package io.mcdewey.parse.flattened;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes notes out of flattened text. PDF conversion prints a note's marker word after the note's text
 * ({@code ... for this API. Note The next sentence}), so the sentence ending just before a marker is a note.
 */
final class NoteSplitter {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?)”\"])\\s+(?=[A-Z•“\"])");

  private final Pattern marker;

  NoteSplitter(String markerWord) {
    this.marker = markerWord.isEmpty() ? null
        : Pattern.compile("(?:^|(?<=[.!?)”\"]\\s))" + Pattern.quote(markerWord) + "(?=\\s|$)");
  }

  /** Returns {@code text} without its notes; each note is given to {@code notes}. */
  String split(String text, Consumer<String> notes) {
    if (marker == null) {
      return text.strip();
    }
    Matcher matcher = marker.matcher(text);
    List<String> kept = new ArrayList<>();
    int from = 0;
    while (matcher.find()) {
      List<String> sentences = sentences(text.substring(from, matcher.start()));
      if (!sentences.isEmpty()) {
        notes.accept(sentences.remove(sentences.size() - 1));
      }
      kept.addAll(sentences);
      from = matcher.end();
    }
    kept.addAll(sentences(text.substring(from)));
    return String.join(" ", kept);
  }

  private static List<String> sentences(String text) {
    List<String> sentences = new ArrayList<>();
    for (String sentence : SENTENCE_END.split(text.strip())) {
      if (!sentence.isBlank()) {
        sentences.add(sentence.strip());
      }
    }
    return sentences;
  }
}
