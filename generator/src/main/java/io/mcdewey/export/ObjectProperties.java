package io.mcdewey.export;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code properties} of one object schema, one per member: names are compared without case and without the
 * spaces around them, and the first spelling is kept. A guide that spells a member two ways ({@code Name} in one
 * example, {@code name} in another; {@code env} in a table, {@code "env "} with the space a PDF left behind) means one
 * member, and a client generated from the description could not hold both: its field names ignore case.
 */
final class ObjectProperties {
  private final Map<String, Object> properties = new LinkedHashMap<>();
  /** The kept name of each key. */
  private final Map<String, String> names = new HashMap<>();

  /** Adds the member unless one of the same name is there; returns whether it was added. */
  boolean add(String name, Map<String, Object> schema) {
    String key = key(name);
    if (names.containsKey(key)) {
      return false;
    }
    names.put(key, name.strip());
    properties.put(name.strip(), schema);
    return true;
  }

  /** Puts the member in place of one of the same name, or last when there is none. */
  void replace(String name, Map<String, Object> schema) {
    names.putIfAbsent(key(name), name.strip());
    properties.put(names.get(key(name)), schema);
  }

  /** The member of that name, or {@code null}. */
  Object get(String name) {
    String kept = names.get(key(name));
    return kept == null ? null : properties.get(kept);
  }

  /** The member's name as kept. */
  String name(String name) {
    return names.getOrDefault(key(name), name.strip());
  }

  boolean isEmpty() {
    return properties.isEmpty();
  }

  /** The properties, in the order they were added. */
  Map<String, Object> asMap() {
    return properties;
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
