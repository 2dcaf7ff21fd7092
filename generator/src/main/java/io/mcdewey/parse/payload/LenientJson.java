package io.mcdewey.parse.payload;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the JSON examples guides print, with the defects they print them with: a comma missing between members or
 * left before a closing bracket, a comment ({@code // Applicable for ...}) that a flattened page runs into the next
 * member, text cut short. Objects read as maps in member order, arrays as lists, strings as strings, {@code true}
 * and {@code false} as booleans, {@code null} as {@code null}, and numbers as their {@link Number} text.
 */
public final class LenientJson {
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
  /** A number as printed. */
  public record Number(String text) {}

  /** Deeper nesting than any example a guide prints is junk; reading stops there rather than recursing on. */
  private static final int MAX_DEPTH = 64;

  private final String text;
  private int at;
  /** The comment closing the line of each member of the outermost object, by member, when asked for. */
  private Map<String, String> memberComments;

  private LenientJson(String text) {
    this.text = text;
  }

  /** The value the text starts with, after blanks; {@code null} when it starts with no object or array. */
  public static Object read(String text) {
    LenientJson reader = new LenientJson(text);
    reader.skipBlanks();
    if (reader.at >= text.length() || "{[".indexOf(text.charAt(reader.at)) < 0) {
      return null;
    }
    return reader.value(0);
  }

  /** The names of the members of a JSON document at any depth; empty when the text starts with no document. */
  public static Optional<Set<String>> memberNames(String text) {
    Object document = read(text);
    if (document == null) {
      return Optional.empty();
    }
    Set<String> names = new HashSet<>();
    collectNames(document, names);
    return Optional.of(names);
  }

  private static void collectNames(Object value, Set<String> names) {
    if (value instanceof Map<?, ?> members) {
      members.forEach((name, member) -> {
        names.add(String.valueOf(name));
        collectNames(member, names);
      });
    } else if (value instanceof List<?> items) {
      items.forEach(item -> collectNames(item, names));
    }
  }

  /**
   * The comment that closes the line of each member of the outermost object ({@code "siteId": "uuid", // required}),
   * by member, in member order; members without one are left out. Empty when the text opens with no object.
   */
  public static Map<String, String> memberComments(String text) {
    LenientJson reader = new LenientJson(text);
    reader.memberComments = new LinkedHashMap<>();
    reader.skipBlanks();
    if (reader.at < text.length() && text.charAt(reader.at) == '{') {
      reader.value(0);
    }
    return reader.memberComments;
  }

  private Object value(int depth) {
    skipBlanks();
    if (at >= text.length() || depth > MAX_DEPTH) {
      return null;
    }
    char c = text.charAt(at);
    if (c == '{') {
      at++;
      return object(depth);
    }
    if (c == '[') {
      at++;
      return array(depth);
    }
    if (c == '"') {
      return string();
    }
    String word = word();
    return switch (word) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      case "null" -> null;
      default -> NUMBER.matcher(word).matches() ? new Number(word) : word;
    };
  }

  private Map<String, Object> object(int depth) {
    Map<String, Object> members = new LinkedHashMap<>();
    while (true) {
      skipSeparators();
      if (at >= text.length() || text.charAt(at) == '}' || text.charAt(at) == ']') {
        at = Math.min(at + 1, text.length());
        return members;
      }
      int before = at;
      String name = text.charAt(at) == '"' ? string() : word();
      skipBlanks();
      if (at < text.length() && text.charAt(at) == ':') {
        at++;
      }
      members.putIfAbsent(name, value(depth + 1));
      if (depth == 0 && memberComments != null) {
        lineComment().ifPresent(comment -> memberComments.putIfAbsent(name, comment));
      }
      if (at == before) {
        at++;
      }
    }
  }

  /** The comment after the value just read, on its line, past a comma: its text to the line's end. */
  private Optional<String> lineComment() {
    int from = at;
    while (from < text.length() && (text.charAt(from) == ' ' || text.charAt(from) == '\t' || text.charAt(from) == ',')) {
      from++;
    }
    if (!text.startsWith("//", from)) {
      return Optional.empty();
    }
    int end = text.indexOf('\n', from);
    String comment = text.substring(from + 2, end < 0 ? text.length() : end).strip();
    return comment.isEmpty() ? Optional.empty() : Optional.of(comment);
  }

  private List<Object> array(int depth) {
    List<Object> items = new ArrayList<>();
    while (true) {
      skipSeparators();
      if (at >= text.length() || text.charAt(at) == ']' || text.charAt(at) == '}') {
        at = Math.min(at + 1, text.length());
        return items;
      }
      int before = at;
      items.add(value(depth + 1));
      if (at == before) {
        at++;
      }
    }
  }

  private String string() {
    StringBuilder value = new StringBuilder();
    at++;
    while (at < text.length() && text.charAt(at) != '"') {
      char c = text.charAt(at++);
      if (c == '\\' && at < text.length()) {
        char escaped = text.charAt(at++);
        value.append(switch (escaped) {
          case 'n' -> '\n';
          case 't' -> '\t';
          case 'r' -> '\r';
          default -> escaped;
        });
      } else {
        value.append(c);
      }
    }
    at = Math.min(at + 1, text.length());
    return value.toString();
  }

  /** Unquoted text up to the next delimiter: a literal, or a defect read as text. */
  private String word() {
    int start = at;
    while (at < text.length() && ",:{}[]\"".indexOf(text.charAt(at)) < 0 && !Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    return text.substring(start, at);
  }

  private void skipSeparators() {
    skipBlanks();
    while (at < text.length() && text.charAt(at) == ',') {
      at++;
      skipBlanks();
    }
  }

  /**
   * Passes over blanks and comments; a line comment ends at its line's end, or, on a page flattened to one line,
   * where the next member starts.
   */
  private void skipBlanks() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (Character.isWhitespace(c)) {
        at++;
      } else if (text.startsWith("//", at)) {
        // A comment on a line of its own runs to the line's end, quotes and all ({@code // "AM" or "PM"}); one on a
        // page flattened to a line ends where the next member or the object's end begins.
        int lineEnd = text.indexOf('\n', at);
        while (at < text.length() && (lineEnd >= 0 ? at < lineEnd : text.charAt(at) != '"' && text.charAt(at) != '}')) {
          at++;
        }
      } else if (text.startsWith("/*", at)) {
        int end = text.indexOf("*/", at + 2);
        at = end < 0 ? text.length() : end + 2;
      } else {
        return;
      }
    }
  }
}
