package io.mcdewey.score;

import io.mcdewey.model.Operation;
import java.util.List;

/**
 * A key entry and the operation found for it.
 *
 * @param entry the key's entry
 * @param operation the operation read from the guide
 * @param mismatches the metrics on which they disagree; empty when they agree on every field the key labels
 */
public record Match(KeyEntry entry, Operation operation, List<Mismatch> mismatches) {

  public Match {
    mismatches = List.copyOf(mismatches);
  }

  public boolean agrees() {
    return mismatches.isEmpty();
  }
}
