package io.mcdewey.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An object the guide describes, from its payload examples, object definitions and parameter tables.
 *
 * @param name a unique name within the API ({@code Dialog}, {@code Dialog.Participant} for a nested type)
 * @param xmlName the element name on the wire ({@code Dialog})
 * @param description the guide's description, possibly empty
 * @param properties the fields (child elements and attributes), in first-seen order
 * @param source where the schema was first seen
 * @param hasText whether the element carries text of its own beside its fields: a {@code <dialogs>} that holds a
 *     URI in one answer and {@code <Dialog>} elements in another
 * @param format whether the values are XML elements or JSON objects
 */
public record Schema(
    String name, String xmlName, String description, List<SchemaProperty> properties, Provenance source,
    boolean hasText, PayloadFormat format) {

  public Schema {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(xmlName, "xmlName");
    description = description == null ? "" : description;
    properties = List.copyOf(properties);
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
  }

  /** An XML element's schema. */
  public Schema(String name, String xmlName, String description, List<SchemaProperty> properties, Provenance source,
      boolean hasText) {
    this(name, xmlName, description, properties, source, hasText, PayloadFormat.XML);
  }

  /** An XML element's schema of fields only, without text of its own. */
  public Schema(String name, String xmlName, String description, List<SchemaProperty> properties, Provenance source) {
    this(name, xmlName, description, properties, source, false);
  }

  public Optional<SchemaProperty> property(String propertyName) {
    return properties.stream().filter(p -> p.name().equals(propertyName)).findFirst();
  }
}
