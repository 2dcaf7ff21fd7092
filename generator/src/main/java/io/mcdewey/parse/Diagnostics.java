package io.mcdewey.parse;

import io.mcdewey.model.Diagnostic;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.Severity;
import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one parse. */
public final class Diagnostics {
  private final List<Diagnostic> collected = new ArrayList<>();

  public void error(String code, String message, Provenance where) {
    collected.add(new Diagnostic(Severity.ERROR, code, message, where));
  }

  public void warning(String code, String message, Provenance where) {
    collected.add(new Diagnostic(Severity.WARNING, code, message, where));
  }

  public void info(String code, String message, Provenance where) {
    collected.add(new Diagnostic(Severity.INFO, code, message, where));
  }

  public List<Diagnostic> all() {
    return List.copyOf(collected);
  }
}
