package io.mcdewey.parse.markdown;

import io.mcdewey.model.Parameter;
import io.mcdewey.model.ParameterLocation;
import java.util.List;

/**
 * A parameter as a section documents it, before the operation it belongs to is known.
 *
 * @param name the name
 * @param location where it travels, or {@code null} when the guide leaves it to the request to tell (a plain
 *     "Parameters" table)
 * @param required as the guide says, or {@code null}
 * @param description the guide's description, possibly empty
 * @param type the guide's type word, possibly empty
 * @param allowedValues the values the guide enumerates
 */
public record MarkdownParameter(
    String name,
    ParameterLocation location,
    Boolean required,
    String description,
    String type,
    List<String> allowedValues) {

  public MarkdownParameter {
    description = description == null ? "" : description;
    type = type == null ? "" : type;
    allowedValues = List.copyOf(allowedValues);
  }

  static MarkdownParameter named(String name, ParameterLocation location) {
    return new MarkdownParameter(name, location, null, "", "", List.of());
  }

  /** The parameter with a further line of description after what it has. */
  /** Whether the other stands for this parameter: the same name, travelling in the same place. */
  boolean sameAs(MarkdownParameter other) {
    return name.equals(other.name) && location == other.location;
  }

  MarkdownParameter withMoreDescription(String text) {
    return withDescription(description.isEmpty() ? text : description + " " + text);
  }

  MarkdownParameter withDescription(String text) {
    return new MarkdownParameter(name, location, required, text, type, allowedValues);
  }

  MarkdownParameter withRequired(Boolean flag) {
    return new MarkdownParameter(name, location, flag, description, type, allowedValues);
  }

  /** This parameter with the gaps filled from another account of the same parameter. */
  MarkdownParameter completedBy(MarkdownParameter other) {
    return new MarkdownParameter(name, location, required != null ? required : other.required,
        description.isEmpty() ? other.description : description, type.isEmpty() ? other.type : type,
        allowedValues.isEmpty() ? other.allowedValues : allowedValues);
  }

  /** The model's parameter, travelling where the operation puts it. */
  Parameter at(ParameterLocation where) {
    return new Parameter(name, where, required, description, type, allowedValues, null);
  }
}
