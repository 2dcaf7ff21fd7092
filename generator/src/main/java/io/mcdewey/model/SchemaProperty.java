package io.mcdewey.model;

import java.util.List;
import java.util.Objects;

/**
 * A field of a {@link Schema}: an XML child element or a JSON member.
 *
 * @param name the element or member name as the wire carries it
 * @param type the value type
 * @param ref for {@link PropertyType#OBJECT}, the name of the schema of the value; otherwise {@code null}
 * @param repeated whether the element may occur several times (a list)
 * @param allowedValues for {@link PropertyType#ENUM}, the values the guide names
 * @param description the guide's description, possibly empty
 */
public record SchemaProperty(
    String name, PropertyType type, String ref, boolean repeated, List<String> allowedValues, String description) {

  public SchemaProperty {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    allowedValues = List.copyOf(allowedValues);
    description = description == null ? "" : description;
  }
}
