package io.mcdewey.diff;

import io.mcdewey.model.ImpliedValue;
import io.mcdewey.model.Operation;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a change is about: the API as a whole, one operation, or one schema.
 *
 * @param scope which of the three
 * @param id the operation's id or the schema's name; empty for the API
 * @param name what people call it: the operation's title (where it is when untitled), the schema's name; empty for
 *     the API
 * @param request for an operation, its request line ({@code PUT /api/Call/{callId} requestedAction=HOLD}) as far as
 *     the guide shows it; otherwise empty
 */
public record Subject(Scope scope, String id, String name, String request) {

  /** The kinds of thing a change can be about. */
  public enum Scope {
    API,
    OPERATION,
    SCHEMA;

    /** The lower-case name the JSON report uses. */
    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Subject {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(request, "request");
  }

  static Subject api() {
    return new Subject(Scope.API, "", "", "");
  }

  static Subject of(Operation operation) {
    return new Subject(Scope.OPERATION, operation.id(), name(operation), request(operation));
  }

  /**
   * The operation's title; for an untitled one, where it is ({@code untitled operation on page 117}), its id being
   * made of its request, which the reports show beside the name.
   */
  private static String name(Operation operation) {
    if (!operation.title().isEmpty()) {
      return operation.title();
    }
    Integer page = operation.source().page();
    return "untitled operation" + (page == null ? " at line " + operation.source().line() : " on page " + page);
  }

  static Subject schema(String name) {
    return new Subject(Scope.SCHEMA, name, name, "");
  }

  /** The method, path and fixed body fields, each left out when the guide does not show it. */
  private static String request(Operation operation) {
    StringBuilder request = new StringBuilder();
    if (operation.method() != null) {
      request.append(operation.method());
    }
    if (operation.path() != null) {
      request.append(request.length() > 0 ? " " : "").append(operation.path());
    }
    if (!operation.impliedValues().isEmpty()) {
      request.append(request.length() > 0 ? " " : "").append(impliedValues(operation));
    }
    return request.toString();
  }

  /** The fields the operation fixes, as {@code name=value} joined by spaces; empty when it fixes none. */
  static String impliedValues(Operation operation) {
    return operation.impliedValues().stream()
        .map((ImpliedValue v) -> v.name() + "=" + v.value())
        .collect(Collectors.joining(" "));
  }

  /**
   * The subject as one phrase: {@code Call—Hold a Call (PUT /api/Call/{callId})}, {@code schema Call}, {@code API}.
   */
  public String describe() {
    return switch (scope) {
      case API -> "API";
      case SCHEMA -> "schema " + name;
      case OPERATION -> request.isEmpty() ? name : name + " (" + request + ")";
    };
  }
}
