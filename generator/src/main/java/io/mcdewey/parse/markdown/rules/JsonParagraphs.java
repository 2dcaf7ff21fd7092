package io.mcdewey.parse.markdown.rules;

import io.mcdewey.json.Json;
import io.mcdewey.json.JsonException;
import io.mcdewey.parse.payload.LenientJson;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells a paragraph that is a JSON document: pages copied as text print a payload as plain lines, not in a code
 * block. Such a paragraph is a code block. Its lines may break inside strings, where the page wrapped a long
 * description; they are read joined by spaces.
 */
public final class JsonParagraphs {
  private JsonParagraphs() {}

  /**
   * Where a paragraph's JSON document stands, if it holds one on lines of its own: a whole document (the lines after
   * it are text again), or an object that opens on a line of its own, its first member's quoted name on the next,
   * that the page cuts short or prints with a bracket amiss, up to the first line that prints no JSON. The lines before it are the sentence introducing it ({@code Use the following template for the request:}).
   *
   * @param start the document's first line
   * @param end the index after its last line
   */
  public record Document(int start, int end) {}

  public static Optional<Document> in(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      boolean opensAlone = line.equals("{") || line.equals("[");
      boolean opensLine = line.startsWith("{") || line.startsWith("[");
      // A document opens a paragraph, or follows its caption ({@code Sample:}) on the next line.
      boolean afterCaption = i > 0 && lines.get(i - 1).strip().endsWith(":");
      if (!opensAlone && !(opensLine && (i == 0 || afterCaption))) {
        continue;
      }
      JsonBrackets brackets = new JsonBrackets().add(lines.get(i));
      for (int end = i + 2; end <= lines.size(); end++) {
        if (brackets.add(" ").add(lines.get(end - 1)).neverWhole()) {
          break;
        }
        String last = lines.get(end - 1).strip();
        boolean closes = last.endsWith("}") || last.endsWith("]") || last.endsWith("},") || last.endsWith("],");
        if (closes && brackets.mayBeWhole() && parses(String.join(" ", lines.subList(i, end)))) {
          return Optional.of(new Document(i, end));
        }
      }
      int end = i + 1;
      boolean inString = false;
      while (end < lines.size() && (inString || printsJson(lines.get(end)))) {
        // A string the page wrapped goes on in the next line, whatever it opens with.
        inString ^= unescapedQuotes(lines.get(end)) % 2 == 1;
        end++;
      }
      if (opensAlone && i + 1 < lines.size() && lines.get(i + 1).strip().startsWith("\"")
          && LenientJson.read(String.join(" ", lines.subList(i, end))) instanceof Map<?, ?> members
          && !members.isEmpty()) {
        // The object the page cut short, or printed with a bracket amiss, runs as far as its lines print JSON.
        return Optional.of(new Document(i, end));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a line prints a part of a JSON document: a member, a bracket, a value alone, or what pages print inside
   * one, an ellipsis for members left out or a comment ({@code ...}, {@code // optional fields}).
   */
  private static boolean printsJson(String line) {
    String text = line.strip();
    return !text.isEmpty() && ("\"{}[]-.…/".indexOf(text.charAt(0)) >= 0 || Character.isDigit(text.charAt(0))
        || text.startsWith("true") || text.startsWith("false") || text.startsWith("null"));
  }

  private static int unescapedQuotes(String line) {
    int quotes = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '\\') {
        i++;
      } else if (line.charAt(i) == '"') {
        quotes++;
      }
    }
    return quotes;
  }

  /** Whether a text is one whole JSON document. */
  static boolean parses(String text) {
    try {
      Json.parse(text);
      return true;
    } catch (JsonException | IllegalArgumentException e) {
      return false;
    }
  }
}
