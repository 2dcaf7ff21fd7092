package io.mcdewey.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON into {@code Map<String, Object>} (insertion-ordered), {@code List<Object>}, {@code String},
 * {@code Long}, {@code BigDecimal}, {@code Boolean} and {@code null}; writes those back, indented and with members in
 * the order given, so that output is byte-for-byte reproducible.
 *
 * <p>Reading is strict, to RFC 8259: no leading zeros, no {@code 1.}, no whitespace but space, tab and line breaks,
 * and, beyond the RFC, no member name twice in one object, as keeping one of the two values would hide a mistake.
 * It is McDewey's own rather than a library's because it is all the tool needs and starts in no time.
 */
public final class Json {
  private final String text;
  private int pos;

  private Json(String text) {
    this.text = text;
  }

  /** Parses one JSON value; trailing non-blank text is an error. */
  public static Object parse(String text) {
    Json reader = new Json(text);
    reader.skipBlanks();
    Object value = reader.value(0);
    reader.skipBlanks();
    if (reader.pos != text.length()) {
      throw reader.error("unexpected text after the JSON value");
    }
    return value;
  }

  /** Parses a JSON object. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> parseObject(String text) {
    Object value = parse(text);
    if (!(value instanceof Map)) {
      throw new JsonException("expected a JSON object", 1, 1);
    }
    return (Map<String, Object>) value;
  }

  /** Writes a value as indented JSON ending without a newline. */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, 0);
    return out.toString();
  }

  private static final int MAX_DEPTH = 512;

  private Object value(int depth) {
    if (depth > MAX_DEPTH) {
      throw error("nesting deeper than " + MAX_DEPTH);
    }
    if (pos >= text.length()) {
      throw error("unexpected end of input");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return object(depth);
      case '[':
        return array(depth);
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("unexpected character '" + c + "'");
    }
  }

  private Map<String, Object> object(int depth) {
    Map<String, Object> members = new LinkedHashMap<>();
    pos++;
    skipBlanks();
    if (peek() == '}') {
      pos++;
      return members;
    }
    while (true) {
      skipBlanks();
      if (peek() != '"') {
        throw error("expected a member name");
      }
      int nameStart = pos;
      String name = string();
      if (members.containsKey(name)) {
        pos = nameStart;
        throw error("the member name \"" + name + "\" is used twice in this object");
      }
      skipBlanks();
      expect(':');
      skipBlanks();
      members.put(name, value(depth + 1));
      skipBlanks();
      char c = next();
      if (c == '}') {
        return members;
      }
      if (c != ',') {
        pos--;
        throw error("expected ',' or '}'");
      }
    }
  }

  private List<Object> array(int depth) {
    List<Object> items = new ArrayList<>();
    pos++;
    skipBlanks();
    if (peek() == ']') {
      pos++;
      return items;
    }
    while (true) {
      skipBlanks();
      items.add(value(depth + 1));
      skipBlanks();
      char c = next();
      if (c == ']') {
        return items;
      }
      if (c != ',') {
        pos--;
        throw error("expected ',' or ']'");
      }
    }
  }

  private String string() {
    pos++;
    int plainEnd = pos;
    while (plainEnd < text.length() && text.charAt(plainEnd) != '"' && text.charAt(plainEnd) != '\\'
        && text.charAt(plainEnd) >= 0x20) {
      plainEnd++;
    }
    if (plainEnd < text.length() && text.charAt(plainEnd) == '"') {
      String plain = text.substring(pos, plainEnd);
      pos = plainEnd + 1;
      return plain;
    }
    StringBuilder out = new StringBuilder().append(text, pos, plainEnd);
    pos = plainEnd;
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        return out.toString();
      }
      if (c == '\\') {
        char e = next();
        switch (e) {
          case '"', '\\', '/' -> out.append(e);
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'u' -> out.append(unicodeEscape());
          default -> {
            pos--;
            throw error("bad escape '\\" + e + "'");
          }
        }
      } else if (c < 0x20) {
        pos--;
        throw error("control character in string");
      } else {
        out.append(c);
      }
    }
  }

  /** The character of the four hexadecimal digits after {@code \\u}. */
  private char unicodeEscape() {
    int code = 0;
    for (int i = 0; i < 4; i++) {
      int digit = pos < text.length() ? Character.digit(text.charAt(pos), 16) : -1;
      if (digit < 0) {
        throw error("expected four hexadecimal digits after \\u");
      }
      code = code * 16 + digit;
      pos++;
    }
    return (char) code;
  }

  /** A number as RFC 8259 writes it: {@code -?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?}. */
  private Object number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
      if (isDigit(peek())) {
        pos = start;
        throw error("a number does not start with 0 followed by digits");
      }
    } else {
      digits("a digit");
    }
    boolean whole = true;
    if (peek() == '.') {
      pos++;
      digits("a digit after the decimal point");
      whole = false;
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      digits("a digit in the exponent");
      whole = false;
    }
    String number = text.substring(start, pos);
    if (whole && number.length() - (number.startsWith("-") ? 1 : 0) <= 18) {
      return Long.parseLong(number);
    }
    try {
      return new BigDecimal(number);
    } catch (NumberFormatException e) {
      pos = start;
      throw error("the number " + number + " is out of range");
    }
  }

  private void digits(String expected) {
    if (!isDigit(peek())) {
      throw error("expected " + expected);
    }
    while (isDigit(peek())) {
      pos++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, pos)) {
      throw error("unexpected word");
    }
    pos += word.length();
    return value;
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private char next() {
    if (pos >= text.length()) {
      throw error("unexpected end of input");
    }
    return text.charAt(pos++);
  }

  /** Skips what JSON takes for whitespace: spaces, tabs and line breaks, not other blanks. */
  private void skipBlanks() {
    while (pos < text.length() && " \t\n\r".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
  }

  private JsonException error(String message) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < Math.min(pos, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new JsonException(message, line, column);
  }

  private static void write(Object value, StringBuilder out, int indent) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      quote(s, out);
    } else if (value instanceof Boolean || value instanceof Number) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      int i = 0;
      for (Map.Entry<?, ?> member : map.entrySet()) {
        pad(out, indent + 1);
        quote(String.valueOf(member.getKey()), out);
        out.append(": ");
        write(member.getValue(), out, indent + 1);
        out.append(++i < map.size() ? ",\n" : "\n");
      }
      pad(out, indent);
      out.append('}');
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append("[\n");
      for (int i = 0; i < list.size(); i++) {
        pad(out, indent + 1);
        write(list.get(i), out, indent + 1);
        out.append(i + 1 < list.size() ? ",\n" : "\n");
      }
      pad(out, indent);
      out.append(']');
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
  }

  private static void pad(StringBuilder out, int indent) {
    out.append("  ".repeat(indent));
  }

  /**
   * Appends {@code s} as a JSON string literal, which is also a YAML double-quoted scalar: characters YAML readers
   * refuse or take for line breaks are escaped too.
   */
  public static void quote(String s, StringBuilder out) {
    out.append('"');
    // Runs of characters written as they are are copied at once: most strings hold nothing to escape.
    int run = 0;
    int i = 0;
    while (i < s.length()) {
      int c = s.codePointAt(i);
      int width = Character.charCount(c);
      if (c >= 0x20 && c != '"' && c != '\\' && !escaped(c)) {
        i += width;
        continue;
      }
      out.append(s, run, i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(String.format("\\u%04x", c));
      }
      i += width;
      run = i;
    }
    out.append(s, run, s.length());
    out.append('"');
  }

  /**
   * Whether {@link #quote} writes the code point as a Unicode escape: control characters, line and paragraph
   * separators, the byte order mark, the non-characters U+FFFE and U+FFFF, and lone surrogates, which no UTF-8
   * encoder can write as they are ({@link String#codePoints()} yields them on their own).
   */
  public static boolean escaped(int c) {
    return c < 0x20 || c >= 0x7F && c <= 0x9F || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c == 0xFFFE
        || c == 0xFFFF || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE;
  }
}
