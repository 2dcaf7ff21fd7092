package io.mcdewey.model;

import java.util.List;
import java.util.Objects;

/**
 * A field of a {@link Schema}: an XML child element or attribute, or a JSON member.
 *
 * @param name the element or member name as the wire carries it
 * @param type the value type
 * @param ref for {@link PropertyType#OBJECT}, the name of the schema of the value; otherwise {@code null}
 * @param repeated whether the element may occur several times (a list)
 * @param allowedValues for {@link PropertyType#ENUM}, the values the guide names
 * @param description the guide's description, possibly empty
 * @param attribute whether the field is an XML attribute of the element rather than a child element
 */
public record SchemaProperty(
    String name, PropertyType type, String ref, boolean repeated, List<String> allowedValues, String description,
    boolean attribute) {

  public SchemaProperty {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    allowedValues = List.copyOf(allowedValues);
    description = description == null ? "" : description;
    if (attribute && (repeated || type == PropertyType.OBJECT)) {
      throw new IllegalArgumentException("attribute " + name + " can hold one value only");
    }
  }

  /** A field carried as a child element (or a JSON member). */
  public SchemaProperty(
      String name, PropertyType type, String ref, boolean repeated, List<String> allowedValues, String description) {
    this(name, type, ref, repeated, allowedValues, description, false);
  }
}
