package io.mcdewey.export;

import io.mcdewey.model.ImpliedValue;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.ParameterLocation;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
   * The body field that tells the actions apart: one to which every action gives values of its own, by fixing it
   * ({@code TRANSFER_SST}) or by allowing a few ({@code ACCEPT}, {@code CLOSE}, {@code REJECT}), no value shared. Empty
   * for a single action and when no field qualifies.
   */
  Optional<String> actionField() {
    if (!merged()) {
      return Optional.empty();
    }
    Set<String> candidates = new LinkedHashSet<>();
    first().impliedValues().forEach(value -> candidates.add(value.name()));
    first().parameters().stream().filter(p -> p.location() == ParameterLocation.BODY && !p.allowedValues().isEmpty())
        .forEach(p -> candidates.add(p.name()));
    return candidates.stream().filter(this::tellsApart).findFirst();
  }

  private boolean tellsApart(String field) {
    Set<String> seen = new HashSet<>();
    for (Operation action : actions) {
      List<String> values = actionValues(action, field);
      if (values.isEmpty() || !values.stream().allMatch(seen::add)) {
        return false;
      }
    }
    return true;
  }

  /** The values the action gives the body field: the one it fixes, else the ones its parameter allows. */
  static List<String> actionValues(Operation action, String field) {
    String implied = impliedValue(action, field);
    if (implied != null) {
      return List.of(implied);
    }
    return action.parameters().stream()
        .filter(p -> p.location() == ParameterLocation.BODY && p.name().equals(field))
        .map(Parameter::allowedValues)
        .findFirst()
        .orElse(List.of());
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
