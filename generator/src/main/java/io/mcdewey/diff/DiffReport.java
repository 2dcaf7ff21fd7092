package io.mcdewey.diff;

import io.mcdewey.model.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The changes between two releases, with the figures every report leads with.
 *
 * @param oldRelease the release compared from
 * @param newRelease the release compared to
 * @param changes the changes, in {@link ApiDiff}'s order
 */
public record DiffReport(Release oldRelease, Release newRelease, List<Change> changes) {

  public DiffReport {
    Objects.requireNonNull(oldRelease, "oldRelease");
    Objects.requireNonNull(newRelease, "newRelease");
    changes = List.copyOf(changes);
  }

  /** Compares the two releases. */
  public static DiffReport of(Release oldRelease, Release newRelease, DiffConfig config) {
    return new DiffReport(oldRelease, newRelease, new ApiDiff(config).compare(oldRelease.api(), newRelease.api()));
  }

  public long count(Severity severity) {
    return count(change -> change.severity() == severity);
  }

  /** How many changes may break clients written against the old release. */
  public long breakingClients() {
    return count(change -> change.kind().breaksClients());
  }

  /** How many changes may break servers implementing the old release. */
  public long breakingServers() {
    return count(change -> change.kind().breaksServers());
  }

  /** How many changes may break the SDK McDewey generates, binary or source compatibility. */
  public long breakingSdk() {
    return count(change -> change.kind().sdk() != SdkImpact.COMPATIBLE);
  }

  /** The version part the release should have raised, or empty when nothing changed. */
  public Optional<SemverLevel> semver() {
    return changes.stream().map(change -> change.kind().semver()).max(Enum::compareTo);
  }

  /** The changes of this severity, in order. */
  public List<Change> changes(Severity severity) {
    return changes.stream().filter(change -> change.severity() == severity).toList();
  }

  /** The changes counted by severity: {@code 34 changes: 12 errors, 9 warnings, 13 info}, or {@code no changes}. */
  public String tally() {
    if (changes.isEmpty()) {
      return "no changes";
    }
    return Wording.counted(changes.size(), "change") + ": " + Wording.counted(count(Severity.ERROR), "error") + ", "
        + Wording.counted(count(Severity.WARNING), "warning") + ", " + count(Severity.INFO) + " info";
  }

  /**
   * Whom the changes may break and the release they call for: {@code 15 may break clients, 10 may break servers,
   * 12 may break the generated SDK; suggested release: major}.
   */
  public String impact() {
    return breakingClients() + " may break clients, " + breakingServers() + " may break servers, " + breakingSdk()
        + " may break the generated SDK; suggested release: " + semver().map(SemverLevel::wireName).orElse("none");
  }

  private long count(Predicate<Change> which) {
    return changes.stream().filter(which).count();
  }
}
