package io.mcdewey.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One JSON object of a model file being read. Every accessor checks the member's kind and reports a mistake with
 * the member's full path ({@code operations[3].parameters[0].in}); absent and {@code null} members read as the
 * format's default for optional members.
 */
final class JsonMembers {
  private final Map<?, ?> members;
  private final String path;

  private JsonMembers(Map<?, ?> members, String path) {
    this.members = members;
    this.path = path;
  }

  static JsonMembers root(Object value) throws ModelFormatException {
    if (!(value instanceof Map<?, ?> map)) {
      throw new ModelFormatException("not a McDewey model: expected a JSON object at the top level");
    }
    return new JsonMembers(map, "");
  }

  /** A string that must be present. */
  String requiredString(String name) throws ModelFormatException {
    return required(name, nullableString(name));
  }

  /** A string, empty when absent. */
  String string(String name) throws ModelFormatException {
    String value = nullableString(name);
    return value == null ? "" : value;
  }

  String nullableString(String name) throws ModelFormatException {
    return nullable(name, String.class, "a string");
  }

  Boolean nullableBoolean(String name) throws ModelFormatException {
    return nullable(name, Boolean.class, "true, false or null");
  }

  boolean bool(String name, boolean whenAbsent) throws ModelFormatException {
    Boolean value = nullableBoolean(name);
    return value == null ? whenAbsent : value;
  }

  int requiredInteger(String name) throws ModelFormatException {
    return required(name, nullableInteger(name));
  }

  Integer nullableInteger(String name) throws ModelFormatException {
    Long value = nullable(name, Long.class, "a whole number");
    if (value != null && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
      throw wrongKind(name, "a whole number");
    }
    return value == null ? null : value.intValue();
  }

  /** A constant named as {@link ModelJson#wireName} writes it. */
  <E extends Enum<E>> E constant(String name, Class<E> type) throws ModelFormatException {
    String value = requiredString(name);
    for (E constant : type.getEnumConstants()) {
      if (ModelJson.wireName(constant).equals(value)) {
        return constant;
      }
    }
    String known = Arrays.stream(type.getEnumConstants()).map(ModelJson::wireName).collect(Collectors.joining(", "));
    throw invalid(name, "expected one of " + known + "; found \"" + value + "\"");
  }

  /** A list of strings, empty when absent. */
  List<String> strings(String name) throws ModelFormatException {
    List<String> strings = new ArrayList<>();
    List<?> items = list(name);
    for (int i = 0; i < items.size(); i++) {
      if (!(items.get(i) instanceof String s)) {
        throw new ModelFormatException(where(name) + "[" + i + "]: expected a string");
      }
      strings.add(s);
    }
    return strings;
  }

  /** A list of objects, empty when absent. */
  List<JsonMembers> objects(String name) throws ModelFormatException {
    List<JsonMembers> objects = new ArrayList<>();
    List<?> items = list(name);
    for (int i = 0; i < items.size(); i++) {
      if (!(items.get(i) instanceof Map<?, ?> map)) {
        throw new ModelFormatException(where(name) + "[" + i + "]: expected an object");
      }
      objects.add(new JsonMembers(map, where(name) + "[" + i + "]"));
    }
    return objects;
  }

  /** An object, or {@code null} when absent. */
  JsonMembers object(String name) throws ModelFormatException {
    Object value = members.get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw wrongKind(name, "an object");
    }
    return new JsonMembers(map, where(name));
  }

  /** An object whose members all hold strings, in order; empty when absent. */
  Map<String, String> stringMap(String name) throws ModelFormatException {
    Map<String, String> strings = new LinkedHashMap<>();
    JsonMembers object = object(name);
    if (object != null) {
      for (Object key : object.members.keySet()) {
        strings.put((String) key, object.requiredString((String) key));
      }
    }
    return strings;
  }

  private <T> T nullable(String name, Class<T> type, String expected) throws ModelFormatException {
    Object value = members.get(name);
    if (value == null || type.isInstance(value)) {
      return type.cast(value);
    }
    throw wrongKind(name, expected);
  }

  private <T> T required(String name, T value) throws ModelFormatException {
    if (value == null) {
      throw missing(name);
    }
    return value;
  }

  private List<?> list(String name) throws ModelFormatException {
    Object value = members.get(name);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> items)) {
      throw wrongKind(name, "an array");
    }
    return items;
  }

  private String where(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** A mistake in the member {@code name} of this object. */
  ModelFormatException invalid(String name, String message) {
    return new ModelFormatException(where(name) + ": " + message);
  }

  private ModelFormatException missing(String name) {
    return invalid(name, "required member is missing");
  }

  private ModelFormatException wrongKind(String name, String expected) {
    return invalid(name, "expected " + expected);
  }
}
