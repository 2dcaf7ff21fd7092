package io.mcdewey.parse.markdown;

import io.mcdewey.parse.Field;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the profile's field labels in markdown lines, however the page prints them: alone ({@code Response Codes:},
 * a heading, a table cell), before their value ({@code URI: GET https://...}, {@code HTTP Request Line GET /x}), or,
 * for examples, after a caption ({@code Model B Example}). Case, spacing and a closing colon do not matter.
 */
final class MarkdownLabels {
  private static final int CAPTION_WORDS = 8;
  private static final Pattern EDGE_MARKUP = Pattern.compile("^[\\s|*#>]+|[\\s|*]+$");

  /** The labels, longest first so that {@code Request URI} wins over {@code Request}. */
  private final Map<String, Field> fields = new LinkedHashMap<>();
  private final Map<String, Pattern> openings = new LinkedHashMap<>();

  /** @param labels the profile's labels, mapped to the field they name */
  MarkdownLabels(Map<String, Field> labels) {
    labels.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, Field> e) -> e.getKey().length()).reversed())
        .forEach(e -> fields.putIfAbsent(normalise(e.getKey()), e.getValue()));
    for (String label : fields.keySet()) {
      openings.put(label, Pattern.compile("(?i)^" + spacedWords(label) + "(\\s*:\\s*|\\s+)(\\S.*)$"));
    }
  }

  /**
   * A label found at the start of a line, or on its own.
   *
   * @param field the field the label names
   * @param caption for an example label, the caption printed before it, possibly empty
   * @param value the text after the label, possibly empty
   * @param spaced whether only whitespace separates label and value: such a value must be checked to be one the
   *     field takes, since the label's words may just open a sentence
   */
  record Match(Field field, String caption, String value, boolean spaced) {}

  Optional<Match> match(String line) {
    String text = EDGE_MARKUP.matcher(line).replaceAll("");
    String bare = normalise(text.replaceAll("\\s*:$", ""));
    Field alone = fields.get(bare);
    if (alone != null) {
      return Optional.of(new Match(alone, "", "", false));
    }
    for (Map.Entry<String, Field> label : fields.entrySet()) {
      Matcher opening = openings.get(label.getKey()).matcher(text);
      if (opening.matches()) {
        return Optional.of(new Match(label.getValue(), "", opening.group(2).strip(),
            !opening.group(1).contains(":")));
      }
    }
    return captioned(text, bare);
  }

  /**
   * The field of the longest label a heading holds among other words ({@code Optional request headers}); such a
   * heading names the field without being the label itself.
   */
  Optional<Field> within(String heading) {
    String words = " " + normalise(EDGE_MARKUP.matcher(heading).replaceAll("")) + " ";
    for (Map.Entry<String, Field> label : fields.entrySet()) {
      if (words.contains(" " + label.getKey() + " ")) {
        return Optional.of(label.getValue());
      }
    }
    return Optional.empty();
  }

  /** {@code <caption> Example}: a short line ending with the label of an example field. */
  private Optional<Match> captioned(String text, String bare) {
    if (bare.split(" ").length > CAPTION_WORDS || text.endsWith(".")) {
      return Optional.empty();
    }
    for (Map.Entry<String, Field> label : fields.entrySet()) {
      if (isExample(label.getValue()) && bare.endsWith(" " + label.getKey())) {
        String caption = text.replaceAll("\\s*:$", "");
        caption = caption.substring(0, caption.length() - label.getKey().length()).strip();
        return Optional.of(new Match(label.getValue(), caption, "", false));
      }
    }
    return Optional.empty();
  }

  static boolean isExample(Field field) {
    return field == Field.REQUEST_EXAMPLE || field == Field.RESPONSE_EXAMPLE
        || field == Field.FAILURE_RESPONSE_EXAMPLE;
  }

  private static String normalise(String label) {
    return label.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  private static String spacedWords(String label) {
    return String.join("\\s+", List.of(label.split(" ")).stream().map(Pattern::quote).toList());
  }
}
