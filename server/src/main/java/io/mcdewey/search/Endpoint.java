package io.mcdewey.search;

import io.mcdewey.model.Operation;
import java.util.Objects;

/**
 * An operation of a library guide, with the id the library knows it by.
 *
 * @param id {@code <guide key>::<operation id>}, such as
 *     {@code finesse::v12.5::developer-guide::dialog-initiate-a-single-step-transfer}
 * @param guide the guide the operation was read from
 * @param operation the operation
 */
public record Endpoint(String id, LibraryGuide guide, Operation operation) {

  public Endpoint {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(guide, "guide");
    Objects.requireNonNull(operation, "operation");
  }

  /** The operation's title, or its method and path when it has none. */
  public String label() {
    if (!operation.title().isEmpty()) {
      return operation.title();
    }
    return (operation.method() == null ? "?" : operation.method()) + " "
        + (operation.path() == null ? "?" : operation.path());
  }
}
