package io.mcdewey.model;

import java.util.Objects;

/**
 * An oddity met while reading a guide, with where it was met.
 *
 * @param severity how much it matters
 * @param code a stable, machine-readable kind such as {@code missing-method}
 * @param message what happened, in words
 * @param location where it happened
 */
public record Diagnostic(Severity severity, String code, String message, Provenance location) {

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
  }

  @Override
  public String toString() {
    return location.describe() + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message + " [" + code + "]";
  }
}
