package io.mcdewey.parse.flattened;

import io.mcdewey.model.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a flattened status list such as {@code 202: Success 400: Bad Request (for example, ...) 400: Parameter
 * Missing}: one {@link Response} per status and reason. The reason is the run of capitalised words after the status;
 * a parenthesis or following sentence is the description.
 */
final class ResponseListReader {
  private static final Pattern STATUS_HEAD = Pattern.compile("(?<![\\w.:/-])([1-5][0-9]{2})\\s*:\\s*");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,:]$");
  private static final Set<String> REASON_CONNECTORS = Set.of("of", "to", "for", "in", "on", "or", "and", "a", "an");
  /** Words that open a sentence rather than continue a reason phrase. */
  private static final Set<String> SENTENCE_OPENERS =
      Set.of("The", "This", "These", "That", "A", "An", "If", "When", "See", "It", "Use", "Only");

  /** The responses and any note text met between them. */
  record Result(List<Response> responses, List<String> notes) {}

  private ResponseListReader() {}

  static Result read(String value, String noteMarker) {
    List<Response> responses = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Matcher head = STATUS_HEAD.matcher(value);
    List<int[]> heads = new ArrayList<>();
    while (head.find()) {
      heads.add(new int[] {head.start(), head.end(), Integer.parseInt(head.group(1))});
    }
    for (int i = 0; i < heads.size(); i++) {
      int end = i + 1 < heads.size() ? heads.get(i + 1)[0] : value.length();
      String entry = value.substring(heads.get(i)[1], end).strip();
      if (!noteMarker.isEmpty() && entry.endsWith(" " + noteMarker)) {
        entry = entry.substring(0, entry.length() - noteMarker.length()).strip();
        String reason = reason(entry);
        String note = entry.substring(reason.length()).strip();
        if (!note.isEmpty()) {
          notes.add(note);
        }
        responses.add(new Response(heads.get(i)[2], reason, ""));
        continue;
      }
      String reason = reason(entry);
      String description = entry.substring(reason.length()).strip();
      if (description.startsWith("(") && description.endsWith(")")) {
        description = description.substring(1, description.length() - 1).strip();
      }
      responses.add(new Response(heads.get(i)[2], reason, description));
    }
    return new Result(responses, notes);
  }

  /** The leading run of capitalised words (and connectors between them) up to a parenthesis or a new sentence. */
  private static String reason(String entry) {
    String[] words = entry.split(" ");
    int length = 0;
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      if (word.isEmpty() || word.startsWith("(")) {
        break;
      }
      boolean capitalised = Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0));
      boolean connector = REASON_CONNECTORS.contains(word.toLowerCase(Locale.ROOT)) && i > 0;
      if (!capitalised && !connector) {
        break;
      }
      boolean opensSentence = i > 0 && (SENTENCE_OPENERS.contains(word)
          || capitalised && i + 1 < words.length && !words[i + 1].isEmpty()
              && Character.isLowerCase(words[i + 1].charAt(0))
              && !REASON_CONNECTORS.contains(words[i + 1].toLowerCase(Locale.ROOT)));
      if (opensSentence) {
        break;
      }
      length += (i > 0 ? 1 : 0) + word.length();
      if (word.endsWith(".") || word.endsWith(",") || word.endsWith(":")) {
        break;
      }
    }
    String reason = entry.substring(0, Math.min(length, entry.length()));
    return TRAILING_PUNCTUATION.matcher(reason).replaceAll("");
  }
}
