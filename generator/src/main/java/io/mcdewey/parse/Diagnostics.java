package io.mcdewey.parse;

import io.mcdewey.model.Diagnostic;
import io.mcdewey.model.DiagnosticKind;
import io.mcdewey.model.Provenance;
import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one parse. */
public final class Diagnostics {
  private final List<Diagnostic> collected = new ArrayList<>();

  /** Records a diagnostic of this kind, at the kind's severity. */
  public void report(DiagnosticKind kind, String message, Provenance where) {
    collected.add(new Diagnostic(kind, message, where));
  }

  public List<Diagnostic> all() {
    return List.copyOf(collected);
  }
}
