package io.mcdewey.diff;

import io.mcdewey.model.Schema;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a set of XML payloads shows of each element: the names of the child elements and attributes it carries. The
 * model merges every payload of an object into one schema; these say which of its fields the requests, or the
 * responses, actually carry. Tags are only tokenised, leniently, as guides print them: an end tag closes the nearest
 * open element of its name, and one that closes none is passed over.
 */
final class PayloadFields {
  private static final Pattern TAG = Pattern.compile("<(/?)(?:[A-Za-z_][\\w.-]*:)?([A-Za-z_][\\w.-]*)([^<>]*?)(/?)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("(?:[A-Za-z_][\\w.-]*:)?([A-Za-z_][\\w.-]*)\\s*=");

  private final Map<String, Set<String>> fieldsByElement = new HashMap<>();

  /** Reads the fields of every element of the payloads; what is not XML shows nothing. */
  static PayloadFields of(Iterable<String> payloads) {
    PayloadFields fields = new PayloadFields();
    payloads.forEach(fields::read);
    return fields;
  }

  private void read(String payload) {
    Deque<String> open = new ArrayDeque<>();
    Matcher tag = TAG.matcher(payload);
    while (tag.find()) {
      String name = tag.group(2);
      if (!tag.group(1).isEmpty()) {
        if (open.contains(name)) {
          String closed;
          do {
            closed = open.pop(); // with the elements the guide left open inside it
          } while (!closed.equals(name));
        }
        continue;
      }
      if (!open.isEmpty()) {
        add(open.peek(), name);
      }
      Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
      while (attribute.find()) {
        add(name, attribute.group(1));
      }
      if (tag.group(4).isEmpty()) {
        open.push(name);
      }
    }
  }

  private void add(String element, String field) {
    fieldsByElement.computeIfAbsent(element, e -> new HashSet<>()).add(field);
  }

  /** Whether a payload shows the field inside an element of the schema. */
  boolean shows(Schema schema, String field) {
    return elementNames(schema).stream()
        .anyMatch(element -> fieldsByElement.getOrDefault(element, Set.of()).contains(field));
  }

  /**
   * The names an element of the schema goes by in payloads and parameter tables: its element name, its name, and
   * the last part of a nested schema's name ({@code Participant} of {@code Dialog.Participant}).
   */
  static Set<String> elementNames(Schema schema) {
    return Stream.of(schema.xmlName(), schema.name(), schema.name().substring(schema.name().lastIndexOf('.') + 1))
        .collect(Collectors.toUnmodifiableSet());
  }
}
