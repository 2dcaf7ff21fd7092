package io.mcdewey.export;

import io.mcdewey.model.Example;
import io.mcdewey.model.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** OpenAPI example objects for the payloads a guide shows. */
final class Examples {
  private Examples() {}

  /**
   * Adds the action's examples to an {@code examples} map, keyed by action and kind ({@code dialog-hold-request},
   * {@code dialog-hold-request-2}) so that the examples of several actions sit side by side.
   */
  static void add(Operation action, List<Example> examples, Map<String, Object> target) {
    for (Example example : examples) {
      String base = action.id() + "-" + ModelJson.wireName(example.kind());
      String key = base;
      for (int n = 2; target.containsKey(key); n++) {
        key = base + "-" + n;
      }
      Map<String, Object> value = new LinkedHashMap<>();
      String summary = example.name().isEmpty() ? action.title() : example.name();
      if (!summary.isEmpty()) {
        value.put("summary", summary);
      }
      value.put("value", example.content());
      target.put(key, value);
    }
  }
}
