package io.mcdewey.diff;

import io.mcdewey.model.Provenance;
import java.util.ArrayList;
import java.util.List;

/** The changes found so far, each given the severity the configuration sets for its kind. */
final class ChangeLog {
  private final DiffConfig config;
  private final List<Change> changes = new ArrayList<>();

  ChangeLog(DiffConfig config) {
    this.config = config;
  }

  /** Records changes of one subject. */
  @FunctionalInterface
  interface Recorder {
    /**
     * Records a change.
     *
     * @param element the part of the subject that changed, empty for the subject itself
     * @param before what the old guide says, or {@code null}
     * @param after what the new guide says, or {@code null}
     */
    void add(ChangeKind kind, String element, String before, String after);
  }

  /** A recorder for changes of the subject documented at these places of the old and new guide. */
  Recorder about(Subject subject, Provenance oldLocation, Provenance newLocation) {
    return (kind, element, before, after) -> changes.add(
        new Change(kind, config.severityOf(kind), subject, element, before, after, oldLocation, newLocation));
  }

  List<Change> changes() {
    return List.copyOf(changes);
  }
}
