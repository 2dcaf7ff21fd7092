package io.mcdewey.codegen;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * XML documents as trees of elements, and what a DTO can hold of them: the terms in which a round trip through the
 * generated DTOs is judged.
 *
 * <p>A tree keeps element names, attributes, each element's own text (trimmed) and its child elements in order.
 * Comments, processing instructions and whitespace between elements are not data; unexpanded entity references are
 * counted as losses, as the model has no place for them.
 */
final class XmlTrees {
  private XmlTrees() {}

  /** An element: its name, attributes, its own character data trimmed, its child elements in document order. */
  record Element(String name, Map<String, String> attributes, String text, List<Element> children) {
    Element {
      attributes = Map.copyOf(attributes);
      children = List.copyOf(children);
    }

    @Override
    public String toString() {
      StringBuilder xml = new StringBuilder("<").append(name);
      new TreeMap<>(attributes).forEach((key, value) -> xml.append(' ').append(key).append("=\"").append(value)
          .append('"'));
      xml.append('>').append(text);
      children.forEach(xml::append);
      return xml.append("</").append(name).append('>').toString();
    }
  }

  /** Counts of what a reading leaves out, by kind. */
  static final class Losses {
    private final Map<String, Integer> counts = new TreeMap<>();

    void add(String kind) {
      counts.merge(kind, 1, Integer::sum);
    }

    void addAll(Losses other) {
      other.counts.forEach((kind, count) -> counts.merge(kind, count, Integer::sum));
    }

    boolean isEmpty() {
      return counts.isEmpty();
    }

    @Override
    public String toString() {
      return counts.isEmpty() ? "none" : counts.toString();
    }
  }

  /**
   * Reads a document with the settings of the generated SDK (no DTDs, no external entities, no expansion).
   *
   * @throws XMLStreamException when the JDK's parser finds the document malformed
   */
  static Element parse(String xml, Losses losses) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
    try {
      while (!reader.isStartElement()) {
        reader.next();
      }
      Element root = element(reader, losses);
      while (reader.hasNext()) {
        reader.next();
      }
      return root;
    } finally {
      reader.close();
    }
  }

  private static Element element(XMLStreamReader reader, Losses losses) throws XMLStreamException {
    String name = reader.getLocalName();
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
    }
    StringBuilder text = new StringBuilder();
    List<Element> children = new ArrayList<>();
    for (int event = reader.next(); event != XMLStreamConstants.END_ELEMENT; event = reader.next()) {
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> children.add(element(reader, losses));
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            text.append(reader.getText());
        case XMLStreamConstants.ENTITY_REFERENCE -> losses.add("unexpanded entity reference");
        default -> { }
      }
    }
    return new Element(name, attributes, text.toString().trim(), children);
  }

  /**
   * Whether two documents carry the same elements, attributes and texts, the order of siblings aside: servers of
   * XML APIs read children by name, and clients send them in any order.
   *
   * @throws XMLStreamException when either is not well-formed
   */
  static boolean sameAsideFromOrder(String expected, String actual) throws XMLStreamException {
    return inCanonicalOrder(parse(expected, new Losses())).equals(inCanonicalOrder(parse(actual, new Losses())));
  }

  private static Element inCanonicalOrder(Element element) {
    List<Element> children = element.children().stream().map(XmlTrees::inCanonicalOrder)
        .sorted(java.util.Comparator.comparing(Element::toString)).toList();
    return new Element(element.name(), element.attributes(), element.text(), children);
  }

  /**
   * What the DTOs of an SDK hold of an element: the element brought to the schema, children in schema order,
   * with what the DTOs leave out counted.
   */
  static final class SchemaView {
    private final SdkSymbols symbols;
    private final Losses losses;

    SchemaView(SdkSymbols symbols, Losses losses) {
      this.symbols = symbols;
      this.losses = losses;
    }

    /** The element as {@code dto} reads it and writes it back under the name {@code name}. */
    Element of(Element element, DtoSymbol dto, String name) {
      Map<String, String> attributes = new LinkedHashMap<>();
      element.attributes().forEach((attribute, value) -> {
        if (dto.attributes().stream().anyMatch(p -> p.xmlName().equals(attribute))) {
          attributes.put(attribute, value);
        } else {
          losses.add("attribute unknown to the schema");
        }
      });
      if (!element.text().isEmpty() && dto.textField() == null) {
        losses.add("text beside child elements");
      }
      Map<PropertySymbol, List<Element>> slots = new LinkedHashMap<>();
      dto.elements().forEach(p -> slots.put(p, new ArrayList<>()));
      for (Element child : element.children()) {
        PropertySymbol property = dto.property(child.name()).orElse(null);
        if (property == null) {
          losses.add("element unknown to the schema");
          continue;
        }
        List<Element> slot = slots.get(property);
        if (property.wrapperXmlName() != null) {
          replace(slot, wrapper(child, property));
        } else if (property.repeated()) {
          slot.addAll(value(child, property));
        } else {
          replace(slot, value(child, property));
        }
      }
      List<Element> children = slots.values().stream().flatMap(Collection::stream).toList();
      return new Element(name, attributes, dto.textField() == null ? "" : element.text(), children);
    }

    /** A later element of a single value replaces the earlier one, as the DTO keeps the last. */
    private void replace(List<Element> slot, List<Element> value) {
      if (!slot.isEmpty()) {
        losses.add("element repeated where the schema has one");
      }
      slot.clear();
      slot.addAll(value);
    }

    private List<Element> wrapper(Element wrapper, PropertySymbol property) {
      List<Element> items = new ArrayList<>();
      for (Element child : wrapper.children()) {
        if (child.name().equalsIgnoreCase(property.xmlName())) {
          items.addAll(value(child, property));
        } else {
          losses.add("element unknown to the schema");
        }
      }
      if (items.isEmpty()) {
        losses.add("empty list wrapper");
        return List.of();
      }
      return List.of(new Element(property.wrapperXmlName(), Map.of(), "", items));
    }

    /**
     * The value of one element under the name the DTO writes: an object read by its DTO, or text (a typed value
     * keeps its text as read).
     */
    private List<Element> value(Element element, PropertySymbol property) {
      if (property.kind() == PropertySymbol.Kind.OBJECT) {
        DtoSymbol dto = symbols.dtos().stream().filter(d -> d.className().equals(property.valueType())).findFirst()
            .orElseThrow();
        return List.of(of(element, dto, property.xmlName()));
      }
      if (!element.children().isEmpty()) {
        losses.add("element inside a text value");
      }
      if (!element.attributes().isEmpty()) {
        losses.add("attribute of a text value");
      }
      return List.of(new Element(property.xmlName(), Map.of(), element.text(), List.of()));
    }
  }
}
