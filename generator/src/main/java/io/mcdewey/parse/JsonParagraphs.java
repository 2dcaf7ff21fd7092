package io.mcdewey.parse;

import io.mcdewey.json.Json;
import io.mcdewey.json.JsonException;
import java.util.Optional;

/**
 * Tells a paragraph that is a JSON document: pages copied as text print a payload as plain lines, not in a code
 * block. Such a paragraph is a code block. Its lines may break inside strings, where the page wrapped a long
 * description; they are read joined by spaces.
 */
final class JsonParagraphs {
  private JsonParagraphs() {}

  /**
   * The paragraph's text as a JSON document, if it holds one and nothing else: a whole document, or an object that
   * opens on a line of its own and reads as JSON up to where the page cuts it short.
   */
  static Optional<String> document(String paragraph) {
    String text = paragraph.strip();
    if (text.indexOf('\n') < 0 || !text.startsWith("{") && !text.startsWith("[")) {
      return Optional.empty();
    }
    String joined = text.replace('\n', ' ');
    try {
      Json.parse(joined);
      return Optional.of(text + "\n");
    } catch (JsonException | IllegalArgumentException e) {
      boolean cutObject = text.startsWith("{\n") && JsonMembers.of(joined).filter(m -> !m.isEmpty()).isPresent();
      return cutObject ? Optional.of(text + "\n") : Optional.empty();
    }
  }
}
