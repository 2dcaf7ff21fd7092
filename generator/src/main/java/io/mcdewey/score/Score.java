package io.mcdewey.score;

import io.mcdewey.model.Operation;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a guide's model compares with its answer key.
 *
 * @param key the key as scored (after errata)
 * @param tallies the counts per metric
 * @param matches the key entries found, in key order
 * @param misses the key entries not found, in key order
 * @param unexpected the operations the key does not list, in guide order
 */
public record Score(
    AnswerKey key, Map<Metric, Tally> tallies, List<Match> matches, List<Miss> misses, List<Operation> unexpected) {

  public Score {
    tallies = Collections.unmodifiableMap(new EnumMap<>(tallies));
    matches = List.copyOf(matches);
    misses = List.copyOf(misses);
    unexpected = List.copyOf(unexpected);
  }

  public Tally tally(Metric metric) {
    return tallies.getOrDefault(metric, Tally.ZERO);
  }

  /** The metrics whose F1 is under the floor given for them, in metric order. */
  public List<Metric> below(Map<Metric, Double> floors) {
    return floors.entrySet().stream()
        .filter(floor -> tally(floor.getKey()).f1() < floor.getValue())
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }
}
