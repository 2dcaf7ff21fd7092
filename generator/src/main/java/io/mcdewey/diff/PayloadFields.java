package io.mcdewey.diff;

import io.mcdewey.model.Schema;
import io.mcdewey.parse.payload.XmlElement;
import io.mcdewey.parse.payload.XmlFragments;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a set of XML payloads shows of each element: the names of the child elements and attributes it carries. The
 * model merges every payload of an object into one schema; these say which of its fields the requests, or the
 * responses, actually carry. Payloads are read as the reader reads a guide's XML ({@link XmlFragments}), leniently.
 */
final class PayloadFields {

  private final Map<String, Set<String>> fieldsByElement = new HashMap<>();

  /** Reads the fields of every element of the payloads; what is not XML shows nothing. */
  static PayloadFields of(Iterable<String> payloads) {
    PayloadFields fields = new PayloadFields();
    payloads.forEach(fields::read);
    return fields;
  }

  private void read(String payload) {
    for (XmlFragments.Fragment fragment : XmlFragments.find(payload)) {
      for (XmlElement element : fragment.root().descendantsAndSelf()) {
        String name = localName(element.name());
        element.children().forEach(child -> add(name, localName(child.name())));
        element.attributes().keySet().forEach(attribute -> add(name, localName(attribute)));
      }
    }
  }

  /** A name without its namespace prefix: schemas name elements as guides print them, prefix or not. */
  private static String localName(String name) {
    return name.substring(name.indexOf(':') + 1);
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
