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

  /** The version part the release should have raised, or empty when nothing changed. */
  public Optional<SemverLevel> semver() {
    return changes.stream().map(change -> change.kind().semver()).max(Enum::compareTo);
  }

  /** The changes of this severity, in order. */
  public List<Change> of(Severity severity) {
    return changes.stream().filter(change -> change.severity() == severity).toList();
  }

  private long count(Predicate<Change> which) {
    return changes.stream().filter(which).count();
  }
}
