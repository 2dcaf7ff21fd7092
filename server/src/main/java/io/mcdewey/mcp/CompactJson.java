package io.mcdewey.mcp;

import io.mcdewey.json.Json;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON on one line, as messages travel: a server-sent event's data must not hold a line break, and the
 * indentation {@link Json#write} adds for people reading files is only weight on the wire, in the JSON API's answers
 * and in a tool's text, which a model reads word piece by word piece.
 */
public final class CompactJson {
  private CompactJson() {}

  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      Json.quote(text, out);
    } else if (value instanceof Boolean || value instanceof Number) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      String separator = "";
      for (Map.Entry<?, ?> member : map.entrySet()) {
        out.append(separator);
        Json.quote(String.valueOf(member.getKey()), out);
        out.append(':');
        write(member.getValue(), out);
        separator = ",";
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(list.get(i), out);
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass().getSimpleName());
    }
  }
}
