package io.mcdewey.export;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

/** Navigation in parsed JSON, for assertions on exported documents. */
final class JsonTrees {
  private JsonTrees() {}

  /** The node at the path: member names into objects, indexes into arrays; fails naming the missing step. */
  static Object at(Object root, Object... path) {
    Object node = root;
    StringBuilder where = new StringBuilder();
    for (Object step : path) {
      where.append('/').append(step);
      if (step instanceof Integer index && node instanceof List<?> list && index < list.size()) {
        node = list.get(index);
      } else if (step instanceof String name && node instanceof Map<?, ?> map && map.containsKey(name)) {
        node = map.get(name);
      } else {
        fail("nothing at " + where);
      }
    }
    return node;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object root, Object... path) {
    Object node = at(root, path);
    assertNotNull(node);
    return (Map<String, Object>) node;
  }

  static List<?> array(Object root, Object... path) {
    return (List<?>) at(root, path);
  }
}
