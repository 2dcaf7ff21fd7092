package io.mcdewey.diff;

import io.mcdewey.model.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The least severity of change that fails a build; {@link #NONE} fails on nothing. */
public enum FailOn {
  ERROR(Severity.ERROR),
  WARNING(Severity.WARNING),
  INFO(Severity.INFO),
  NONE(null);

  private final Severity threshold;

  FailOn(Severity threshold) {
    this.threshold = threshold;
  }

  /** Whether a change of this severity fails the build: it is at or above the threshold. */
  public boolean failsOn(Severity severity) {
    return threshold != null && severity.ordinal() <= threshold.ordinal();
  }

  /** The changes that fail the build, in their order. */
  public List<Change> failing(List<Change> changes) {
    return changes.stream().filter(change -> failsOn(change.severity())).toList();
  }

  /** The setting of this name, in any case ({@code error}, {@code ERROR}). */
  public static Optional<FailOn> named(String name) {
    return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name.strip())).findFirst();
  }

  /** The names, for messages: {@code ERROR, WARNING, INFO or NONE}. */
  public static String names() {
    return Wording.either(Arrays.stream(values()).map(FailOn::name).toList());
  }
}
