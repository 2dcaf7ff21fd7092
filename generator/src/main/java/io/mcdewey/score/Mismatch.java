package io.mcdewey.score;

import java.util.List;

/**
 * Where a found operation and its key entry disagree on one metric.
 *
 * @param metric what disagrees
 * @param missing the key's facts that were not found, as reports show them ({@code extension (required)})
 * @param extra the facts found that the key does not hold
 */
public record Mismatch(Metric metric, List<String> missing, List<String> extra) {

  public Mismatch {
    missing = List.copyOf(missing);
    extra = List.copyOf(extra);
  }
}
