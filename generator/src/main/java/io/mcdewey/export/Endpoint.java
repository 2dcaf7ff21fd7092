package io.mcdewey.export;

import io.mcdewey.model.ImpliedValue;
import io.mcdewey.model.Operation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One OpenAPI operation: the model operations, here called actions, that a guide documents with the same method and
 * path. Several actions share one when they differ only by a body field the action fixes ({@code requestedAction}).
 *
 * @param method the HTTP method in lower case, as path items key it
 * @param path the path template
 * @param actions the model operations, in guide order; at least one
 */
record Endpoint(String method, String path, List<Operation> actions) {

  Endpoint {
    actions = List.copyOf(actions);
  }

  boolean merged() {
    return actions.size() > 1;
  }

  Operation first() {
    return actions.get(0);
  }

  /**
   * The body field that tells the actions apart: one every action fixes, each to a value of its own. Empty for a
   * single action and when no field qualifies.
   */
  Optional<String> actionField() {
    if (!merged()) {
      return Optional.empty();
    }
    return first().impliedValues().stream()
        .map(ImpliedValue::name)
        .filter(name -> actions.stream().map(a -> impliedValue(a, name)).allMatch(Objects::nonNull))
        .filter(name -> actions.stream().map(a -> impliedValue(a, name)).distinct().count() == actions.size())
        .findFirst();
  }

  /** The value the action fixes for the body field, or {@code null}. */
  static String impliedValue(Operation action, String field) {
    return action.impliedValues().stream()
        .filter(v -> v.name().equals(field))
        .map(ImpliedValue::value)
        .findFirst()
        .orElse(null);
  }
}
