package io.mcdewey.codegen;

import com.palantir.javapoet.TypeName;
import io.mcdewey.model.Parameter;

/**
 * A parameter of a generated client method or handler.
 *
 * @param parameter the model's parameter
 * @param javaName the Java parameter name
 * @param type its Java type
 * @param bodyPath for a body parameter, the record components leading to it from the request body's root,
 *     e.g. {@code [mobileAgent, mode]}; empty for path, query and header parameters
 */
public record ParameterSymbol(Parameter parameter, String javaName, TypeName type, java.util.List<PropertySymbol> bodyPath) {

  public ParameterSymbol {
    bodyPath = java.util.List.copyOf(bodyPath);
  }

  /**
   * Hashes by the Java name alone, which equal symbols share: the record's own hash would walk the whole model beneath,
   * cold, on every lookup of a map keyed by symbols.
   */
  @Override
  public int hashCode() {
    return javaName.hashCode();
  }

  public boolean required() {
    return Boolean.TRUE.equals(parameter.required());
  }
}
