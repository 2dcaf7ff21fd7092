package io.mcdewey.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An oddity met while reading a guide, with where it was met.
 *
 * <p>The severity and code are kept as given rather than derived from a {@link DiagnosticKind}: a model file written
 * by another version of McDewey may hold a code this one does not know, or a severity a kind had then, and reading
 * it must neither fail nor rewrite what it says.
 *
 * @param severity how much it matters
 * @param code the {@link DiagnosticKind#id()} of its kind, such as {@code missing-method}
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

  /** A diagnostic of a known kind, with the kind's severity and id. */
  public Diagnostic(DiagnosticKind kind, String message, Provenance location) {
    this(kind.severity(), kind.id(), message, location);
  }

  /** The kind its code names; empty for a code this version of McDewey does not know. */
  public Optional<DiagnosticKind> kind() {
    return DiagnosticKind.byId(code);
  }

  @Override
  public String toString() {
    return location.describe() + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message + " [" + code + "]";
  }
}
