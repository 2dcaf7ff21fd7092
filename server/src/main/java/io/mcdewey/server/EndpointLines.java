package io.mcdewey.server;

import io.mcdewey.model.Operation;
import io.mcdewey.search.Endpoint;

/** One line saying what an endpoint is, for lists: its method and path, and whether the guide shows it whole. */
final class EndpointLines {
  private EndpointLines() {}

  static String summary(Endpoint endpoint) {
    Operation operation = endpoint.operation();
    return (operation.method() == null ? "?" : operation.method()) + " "
        + (operation.path() == null ? "?" : operation.path())
        + (operation.complete() ? "" : " (incomplete: part of its section is missing from the guide)");
  }
}
