package io.mcdewey.parse.flattened;

import io.mcdewey.parse.Field;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field values of one flattened endpoint section. Each value is the text between the previous label and its
 * own; the first value starts where its content starts (a URL for a URI field) or at the section body's start.
 *
 * @param descriptionEnd where the description before the first value ends
 * @param values the value of each field found, in the order found (a field printed twice keeps its first value)
 * @param fieldsEnd where the last field ends; what follows is trailing prose
 * @param proseEnd where the trailing prose ends: at the first label printed before its value, or the section's end
 * @param unknownLabels label-like words ({@code Foo Bar:}) between fields that the profile does not know, other than
 *     the captions of payloads
 */
record SectionFields(int descriptionEnd, Map<Field, String> values, int fieldsEnd, int proseEnd,
    List<String> unknownLabels) {

  private static final Pattern LABEL_LIKE =
      Pattern.compile("(?<![\\w/-])((?:[A-Z][A-Za-z/-]*)(?: [A-Z][A-Za-z/-]*){1,3}):(?=\\s|$)");

  static SectionFields read(String text, int bodyStart, int end, LabelScanner scanner) {
    List<LabelScanner.Label> labels = scanner.trailingLabels(text, bodyStart, end);
    Map<Field, String> values = new EnumMap<>(Field.class);
    if (labels.isEmpty()) {
      return new SectionFields(end, values, end, end, List.of());
    }
    LabelScanner.Label first = labels.get(0);
    int valueStart = firstValueStart(text, bodyStart, first);
    int descriptionEnd = valueStart;
    for (LabelScanner.Label label : labels) {
      values.putIfAbsent(label.field(), text.substring(valueStart, label.start()).strip());
      valueStart = label.end();
    }
    int fieldsEnd = labels.get(labels.size() - 1).end();
    int proseEnd = end;
    for (LabelScanner.Label leading : scanner.leadingLabels(text, fieldsEnd, end)) {
      values.putIfAbsent(leading.field(), text.substring(leading.end(), end).strip());
      proseEnd = Math.min(proseEnd, leading.start());
    }
    return new SectionFields(descriptionEnd, values, fieldsEnd, proseEnd, unknownLabels(text, descriptionEnd, labels));
  }

  /** Title-case phrases ending in a colon, between known labels, that the profile does not know. */
  private static List<String> unknownLabels(String text, int from, List<LabelScanner.Label> labels) {
    List<String> unknown = new ArrayList<>();
    int start = from;
    for (LabelScanner.Label label : labels) {
      Matcher matcher = LABEL_LIKE.matcher(text).region(start, label.start());
      while (matcher.find()) {
        if (!insideMarkup(text, matcher.start()) && !captionsPayload(text, matcher.end())) {
          unknown.add(matcher.group(1));
        }
      }
      start = label.end();
    }
    return unknown;
  }

  /** Whether a phrase ending at {@code end} is followed by a payload it captions ({@code With Call Variables: <x>}). */
  private static boolean captionsPayload(String text, int end) {
    int next = end;
    while (next < text.length() && text.charAt(next) == ' ') {
      next++;
    }
    return next < text.length() && text.charAt(next) == '<';
  }

  private static boolean insideMarkup(String text, int at) {
    int open = text.lastIndexOf('<', at);
    return open >= 0 && text.indexOf('>', open) > at;
  }

  /**
   * Where the first value starts. A URI value is the URL just before its label; any other first value is taken
   * to start at the section body, as nothing marks where the prose before it ends.
   */
  private static int firstValueStart(String text, int bodyStart, LabelScanner.Label first) {
    if (first.field() != Field.URI) {
      return bodyStart;
    }
    String before = text.substring(bodyStart, first.start());
    int url = Math.max(before.lastIndexOf("https://"), before.lastIndexOf("http://"));
    if (url < 0) {
      int slash = before.lastIndexOf(" /");
      url = slash < 0 ? (before.startsWith("/") ? 0 : -1) : slash + 1;
    }
    return url < 0 ? first.start() : bodyStart + url;
  }

  String value(Field field) {
    return values.getOrDefault(field, null);
  }

  /** Whether the fields show something of a request: its method, URI, parameters or responses. */
  boolean showsRequest() {
    return value(Field.HTTP_METHOD) != null || value(Field.URI) != null || value(Field.REQUEST_PARAMETERS) != null
        || value(Field.RESPONSES) != null;
  }
}
