package io.mcdewey.export;

import io.mcdewey.json.Json;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes the values {@link Json} handles (maps, lists, strings, numbers, booleans, {@code null}) as
 * block-style YAML, members in the order given. Strings stay plain only when no YAML 1.1 or 1.2 reader could take
 * them for anything else; multi-line text becomes a literal block, and text a literal block cannot hold exactly
 * is double-quoted with escapes.
 */
final class Yaml {
  private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`.+=<~";
  private static final Set<String> RESERVED_WORDS =
      Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null");
  private static final int INDENT = 2;

  private Yaml() {}

  /** The value as a YAML document ending with a newline. */
  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    if (isBlock(value)) {
      block(value, 0, out);
    } else {
      scalar(value, 0, out);
      out.append('\n');
    }
    return out.toString();
  }

  /** Writes a non-empty map or list whose first line's indentation is already written. */
  private static void block(Object value, int indent, StringBuilder out) {
    if (value instanceof Map<?, ?> map) {
      boolean first = true;
      for (Map.Entry<?, ?> member : map.entrySet()) {
        if (!first) {
          pad(out, indent);
        }
        first = false;
        out.append(quotedIfNeeded(String.valueOf(member.getKey()))).append(':');
        if (isBlock(member.getValue())) {
          out.append('\n');
          pad(out, indent + INDENT);
          block(member.getValue(), indent + INDENT, out);
        } else {
          out.append(' ');
          scalar(member.getValue(), indent, out);
          out.append('\n');
        }
      }
    } else {
      List<?> list = (List<?>) value;
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          pad(out, indent);
        }
        out.append("- ");
        if (isBlock(list.get(i))) {
          block(list.get(i), indent + INDENT, out);
        } else {
          scalar(list.get(i), indent, out);
          out.append('\n');
        }
      }
    }
  }

  private static boolean isBlock(Object value) {
    return value instanceof Map<?, ?> map && !map.isEmpty() || value instanceof List<?> list && !list.isEmpty();
  }

  /** Writes a scalar or an empty collection; {@code indent} is that of the node holding it. */
  private static void scalar(Object value, int indent, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Map<?, ?>) {
      out.append("{}");
    } else if (value instanceof List<?>) {
      out.append("[]");
    } else if (value instanceof Boolean || value instanceof Number) {
      out.append(value);
    } else if (value instanceof String text) {
      if (text.indexOf('\n') >= 0 && fitsLiteralBlock(text)) {
        literalBlock(text, indent + INDENT, out);
      } else {
        out.append(quotedIfNeeded(text));
      }
    } else {
      throw new IllegalArgumentException("not a YAML value: " + value.getClass().getName());
    }
  }

  /** A literal block keeps every character but carriage returns and unprintables, and needs some text. */
  private static boolean fitsLiteralBlock(String text) {
    return !text.isBlank() && text.codePoints().noneMatch(Yaml::unprintable);
  }

  private static void literalBlock(String text, int indent, StringBuilder out) {
    String body = text;
    int breaks = 0;
    while (body.endsWith("\n")) {
      body = body.substring(0, body.length() - 1);
      breaks++;
    }
    out.append('|');
    // Without an explicit indentation a reader takes it from the first non-empty line, which must then not start
    // with a space; lines of spaces only would be misread too.
    if (body.startsWith(" ") || body.startsWith("\n") || body.lines().anyMatch(l -> !l.isEmpty() && l.isBlank())) {
      out.append(INDENT);
    }
    out.append(breaks == 0 ? "-" : breaks == 1 ? "" : "+");
    out.append('\n');
    for (String line : body.split("\n", -1)) {
      if (!line.isEmpty()) {
        pad(out, indent);
        out.append(line);
      }
      out.append('\n');
    }
    for (int i = 1; i < breaks; i++) {
      out.append('\n');
    }
    out.setLength(out.length() - 1);
  }

  private static String quotedIfNeeded(String text) {
    return isPlainSafe(text) ? text : doubleQuoted(text);
  }

  /** Whether the text reads back as this very string when written without quotes, in YAML 1.1 and 1.2 alike. */
  private static boolean isPlainSafe(String text) {
    if (text.isEmpty() || !text.strip().equals(text)) {
      return false;
    }
    char first = text.charAt(0);
    if (INDICATORS.indexOf(first) >= 0 || Character.isDigit(first)) {
      return false;
    }
    if (RESERVED_WORDS.contains(text.toLowerCase(Locale.ROOT))) {
      return false;
    }
    return !text.contains(": ") && !text.contains(" #") && !text.endsWith(":") && text.indexOf('\t') < 0
        && text.indexOf('\n') < 0 && text.codePoints().noneMatch(Yaml::unprintable);
  }

  /** JSON's string literals are YAML double-quoted scalars, and {@link Json#quote} escapes what YAML refuses. */
  private static String doubleQuoted(String text) {
    StringBuilder out = new StringBuilder();
    Json.quote(text, out);
    return out.toString();
  }

  /** Characters that can stand neither in a plain scalar nor in a literal block. */
  private static boolean unprintable(int c) {
    return c != '\t' && c != '\n' && Json.escaped(c);
  }

  private static void pad(StringBuilder out, int indent) {
    out.append(" ".repeat(indent));
  }
}
