package io.mcdewey.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the members of a JSON object's top level as far as its text goes, for payloads that pages cut short: a page
 * ending inside a payload still shows the members before the cut. A member's value is its string, {@link #NESTED}
 * for an object or array, {@link #SCALAR} for a number, boolean or null, and {@link #CUT} where the text ends inside
 * it. Text that is not JSON up to where it ends, or goes on after the object, reads as nothing.
 */
final class JsonMembers {
  static final Object NESTED = new Object();
  static final Object SCALAR = new Object();
  static final Object CUT = new Object();

  private final String text;
  private int at;

  private JsonMembers(String text) {
    this.text = text;
  }

  /** The top-level members of a JSON object that {@code text} opens, in order. */
  static Optional<Map<String, Object>> of(String text) {
    return new JsonMembers(text).object();
  }

  private Optional<Map<String, Object>> object() {
    Map<String, Object> members = new LinkedHashMap<>();
    blanks();
    if (!take('{')) {
      return Optional.empty();
    }
    while (true) {
      blanks();
      if (at >= text.length()) {
        return Optional.of(members);
      }
      if (take('}')) {
        blanks();
        return at == text.length() ? Optional.of(members) : Optional.empty();
      }
      String name = string();
      if (name == null) {
        return at >= text.length() ? Optional.of(members) : Optional.empty();
      }
      blanks();
      if (at >= text.length()) {
        members.put(name, CUT);
        return Optional.of(members);
      }
      if (!take(':')) {
        return Optional.empty();
      }
      blanks();
      Object value = value();
      if (value == null) {
        return Optional.empty();
      }
      members.put(name, value);
      if (value == CUT) {
        return Optional.of(members);
      }
      blanks();
      if (at < text.length() && !take(',') && text.charAt(at) != '}') {
        return Optional.empty();
      }
    }
  }

  /** A member's value, {@link #CUT} where the text ends inside it, {@code null} where it is no JSON value. */
  private Object value() {
    if (at >= text.length()) {
      return CUT;
    }
    char c = text.charAt(at);
    if (c == '"') {
      String string = string();
      return string == null ? CUT : string;
    }
    if (c == '{' || c == '[') {
      return skipNested() ? NESTED : CUT;
    }
    int start = at;
    while (at < text.length() && ",}] \t\r\n".indexOf(text.charAt(at)) < 0) {
      at++;
    }
    return at > start ? SCALAR : null;
  }

  /** A string at {@code at}, or {@code null} when none stands there or the text ends inside it. */
  private String string() {
    if (!take('"')) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c == '\\' && at < text.length()) {
        out.append(text.charAt(at++));
      } else {
        out.append(c);
      }
    }
    return null;
  }

  /** Skips a nested object or array; false when the text ends inside it. */
  private boolean skipNested() {
    int depth = 0;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '"') {
        if (string() == null) {
          return false;
        }
        continue;
      }
      at++;
      if (c == '{' || c == '[') {
        depth++;
      } else if ((c == '}' || c == ']') && --depth == 0) {
        return true;
      }
    }
    return false;
  }

  private void blanks() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private boolean take(char c) {
    if (at < text.length() && text.charAt(at) == c) {
      at++;
      return true;
    }
    return false;
  }
}
