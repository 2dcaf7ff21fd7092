package io.mcdewey.codegen;

import com.palantir.javapoet.ClassName;
import io.mcdewey.model.Schema;
import java.util.List;
import java.util.Optional;

/**
 * The Java type generated for one schema.
 *
 * @param schema the schema
 * @param className the record's name, in the model package
 * @param properties its components, in schema order
 */
public record DtoSymbol(Schema schema, ClassName className, List<PropertySymbol> properties) {

  public DtoSymbol {
    properties = List.copyOf(properties);
  }

  /** The element name on the wire. */
  public String xmlName() {
    return schema.xmlName();
  }

  /** The component read from the child element {@code elementName} (for wrapped lists, the wrapper). */
  public Optional<PropertySymbol> property(String elementName) {
    return properties.stream().filter(p -> p.elementName().equals(elementName)).findFirst();
  }

  /**
   * Whether this schema only wraps a list of one element ({@code <participants><Participant/>...}); properties of
   * this type are generated as lists of the item, with this element as the wrapper.
   */
  public boolean isListWrapper() {
    return properties.size() == 1 && properties.get(0).repeated();
  }
}
