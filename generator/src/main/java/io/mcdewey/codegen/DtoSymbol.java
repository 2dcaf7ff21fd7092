package io.mcdewey.codegen;

import com.palantir.javapoet.ClassName;
import io.mcdewey.model.PayloadFormat;
import io.mcdewey.model.Schema;
import java.util.List;
import java.util.Optional;

/**
 * The Java type generated for one schema.
 *
 * @param schema the schema
 * @param className the record's name, in the model package
 * @param properties its components, in schema order
 * @param textField for a schema with text of its own, the component holding it; otherwise {@code null}
 */
public record DtoSymbol(Schema schema, ClassName className, List<PropertySymbol> properties, String textField) {

  public DtoSymbol {
    properties = List.copyOf(properties);
  }

  /** Whether the DTO travels as a JSON object rather than as an XML element. */
  public boolean json() {
    return schema.format() == PayloadFormat.JSON;
  }

  /** The element name on the wire. */
  public String xmlName() {
    return schema.xmlName();
  }

  /**
   * The component read from the child element {@code elementName} (for wrapped lists, the wrapper), its name
   * compared without case as the schemas know elements.
   */
  public Optional<PropertySymbol> property(String elementName) {
    return properties.stream().filter(p -> !p.attribute() && p.elementName().equalsIgnoreCase(elementName))
        .findFirst();
  }

  /**
   * Whether this schema only wraps a list of one element ({@code <participants><Participant/>...}); properties of
   * this type are generated as lists of the item, with this element as the wrapper.
   */
  public boolean isListWrapper() {
    return DtoNames.isListWrapper(schema);
  }

  /** The attributes, in schema order. */
  public List<PropertySymbol> attributes() {
    return properties.stream().filter(PropertySymbol::attribute).toList();
  }

  /** The child elements, in schema order. */
  public List<PropertySymbol> elements() {
    return properties.stream().filter(p -> !p.attribute()).toList();
  }
}
