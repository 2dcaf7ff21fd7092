package io.mcdewey.server;

import io.mcdewey.mcp.ToolError;
import java.util.Map;

/**
 * The arguments of one tool call, whose types and ranges the tool's input schema has checked; read here with the
 * checks a schema cannot make, whose failures say what to change.
 */
final class ToolArguments {
  private final Map<String, Object> arguments;

  ToolArguments(Map<String, Object> arguments) {
    this.arguments = arguments;
  }

  /** A string argument that must be present and not blank. */
  String required(String name) throws ToolError {
    String value = optional(name);
    if (value.isEmpty()) {
      throw new ToolError("missing argument '" + name + "'");
    }
    return value;
  }

  /** A string argument, stripped, or empty when absent. */
  String optional(String name) throws ToolError {
    Object value = arguments.get(name);
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (text.length() > SearchParameters.MAX_QUERY_CHARS) {
      throw new ToolError("argument '" + name + "' is longer than " + SearchParameters.MAX_QUERY_CHARS
          + " characters");
    }
    return text.strip();
  }

  /** A question to search for: present, and with words once invisible characters are dropped. */
  String query(String name) throws ToolError {
    String query = QueryText.clean(required(name));
    if (!QueryText.hasWords(query)) {
      throw new ToolError("argument '" + name + "' has no words to search for; ask in plain words, such as"
          + " 'transfer a call'");
    }
    return query;
  }

  /** A whole-number argument, or {@code fallback} when absent. */
  int integer(String name, int fallback) {
    return arguments.get(name) instanceof Number number ? number.intValue() : fallback;
  }
}
