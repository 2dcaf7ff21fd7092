package io.mcdewey.server;

import java.util.Map;

/** The arguments of one tool call, read with checks whose failures say what to change. */
final class ToolArguments {
  private final Map<String, Object> arguments;

  ToolArguments(Map<String, Object> arguments) {
    this.arguments = arguments == null ? Map.of() : arguments;
  }

  /** A string argument that must be present and not blank. */
  String required(String name) throws ToolException {
    String value = optional(name);
    if (value.isEmpty()) {
      throw new ToolException("missing argument '" + name + "'");
    }
    return value;
  }

  /** A string argument, or empty when absent. */
  String optional(String name) throws ToolException {
    Object value = arguments.get(name);
    if (value == null) {
      return "";
    }
    if (!(value instanceof String text)) {
      throw new ToolException("argument '" + name + "' must be a string");
    }
    if (text.length() > SearchParameters.MAX_QUERY_CHARS) {
      throw new ToolException("argument '" + name + "' is longer than " + SearchParameters.MAX_QUERY_CHARS
          + " characters");
    }
    return text.strip();
  }

  /** A whole-number argument from {@code min} to {@code max}, or {@code fallback} when absent. */
  int integer(String name, int fallback, int min, int max) throws ToolException {
    Object value = arguments.get(name);
    if (value == null) {
      return fallback;
    }
    if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
        && number.doubleValue() >= min && number.doubleValue() <= max) {
      return number.intValue();
    }
    throw new ToolException("argument '" + name + "' must be a whole number from " + min + " to " + max
        + "; got " + value);
  }
}
