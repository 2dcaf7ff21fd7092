package io.mcdewey.model;

import java.util.List;
import java.util.Objects;

/**
 * A request parameter.
 *
 * @param name the name as the wire carries it
 * @param location where it travels
 * @param required {@code true} or {@code false} when the guide says so, {@code null} when it does not
 * @param description the guide's description, possibly empty
 * @param type the guide's type word ({@code String}, {@code Collection}, ...), possibly empty
 * @param allowedValues the enumerated values the guide allows, empty when not enumerated
 * @param parent for a body parameter nested inside another one, the enclosing parameter's name; otherwise {@code null}
 */
public record Parameter(
    String name,
    ParameterLocation location,
    Boolean required,
    String description,
    String type,
    List<String> allowedValues,
    String parent) {

  public Parameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(location, "location");
    description = description == null ? "" : description;
    type = type == null ? "" : type;
    allowedValues = List.copyOf(allowedValues);
  }

  /** A parameter with only a name, location and required flag. */
  public static Parameter of(String name, ParameterLocation location, Boolean required) {
    return new Parameter(name, location, required, "", "", List.of(), null);
  }

  public Parameter withRequired(Boolean newRequired) {
    return new Parameter(name, location, newRequired, description, type, allowedValues, parent);
  }

  public Parameter withAllowedValues(List<String> values) {
    return new Parameter(name, location, required, description, type, values, parent);
  }
}
