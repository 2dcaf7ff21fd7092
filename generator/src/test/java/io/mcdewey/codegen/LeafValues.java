package io.mcdewey.codegen;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The values a document carries and how many of them another document keeps: the measure of what reading a document
 * into DTOs and writing it back loses.
 *
 * <p>A leaf value is an attribute's value or an element's own text (trimmed, when not blank), at its path of element
 * names from the root. Values count as kept when the other document has the same value at the same path, as a
 * multiset; paths compare without case, as element identity does, and {@link #keptExactly} also asks for the names'
 * spelling.
 */
final class LeafValues {
  private final Map<String, Integer> values = new HashMap<>();

  private LeafValues() {}

  /**
   * The leaf values of a well-formed document.
   *
   * @throws XMLStreamException when the JDK's parser refuses it
   */
  static LeafValues of(String xml) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
    LeafValues leaves = new LeafValues();
    Deque<String> paths = new ArrayDeque<>();
    Deque<StringBuilder> texts = new ArrayDeque<>();
    try {
      while (reader.hasNext()) {
        switch (reader.next()) {
          case XMLStreamConstants.START_ELEMENT -> {
            String path = (paths.isEmpty() ? "" : paths.peek() + "/") + reader.getLocalName();
            paths.push(path);
            texts.push(new StringBuilder());
            for (int i = 0; i < reader.getAttributeCount(); i++) {
              leaves.add(path + "/@" + reader.getAttributeLocalName(i), reader.getAttributeValue(i));
            }
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> texts.peek().append(reader.getText());
          case XMLStreamConstants.END_ELEMENT -> leaves.add(paths.pop(), texts.pop().toString());
          default -> { }
        }
      }
    } finally {
      reader.close();
    }
    return leaves;
  }

  private void add(String path, String value) {
    String text = value.strip();
    if (!text.isEmpty()) {
      values.merge(path + "=" + text, 1, Integer::sum);
    }
  }

  /** How many values there are. */
  int count() {
    return values.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** How many of these values {@code other} keeps, paths compared without case. */
  int keptBy(LeafValues other) {
    return intersection(caseless(values), caseless(other.values));
  }

  /** How many of these values {@code other} keeps at paths spelt the same. */
  int keptExactly(LeafValues other) {
    return intersection(values, other.values);
  }

  private static Map<String, Integer> caseless(Map<String, Integer> values) {
    Map<String, Integer> caseless = new HashMap<>();
    values.forEach((leaf, count) -> {
      int at = leaf.indexOf('=');
      caseless.merge(leaf.substring(0, at).toLowerCase(Locale.ROOT) + leaf.substring(at), count, Integer::sum);
    });
    return caseless;
  }

  private static int intersection(Map<String, Integer> these, Map<String, Integer> those) {
    int kept = 0;
    for (Map.Entry<String, Integer> leaf : these.entrySet()) {
      kept += Math.min(leaf.getValue(), those.getOrDefault(leaf.getKey(), 0));
    }
    return kept;
  }
}
