package io.mcdewey.score;

import java.util.OptionalDouble;

/**
 * Counts of facts for one metric.
 *
 * @param correct facts of the key that were found (true positives)
 * @param missed facts of the key that were not found (false negatives)
 * @param extra facts found that the key does not hold (false positives)
 */
public record Tally(int correct, int missed, int extra) {

  public static final Tally ZERO = new Tally(0, 0, 0);

  public Tally plus(Tally other) {
    return new Tally(correct + other.correct, missed + other.missed, extra + other.extra);
  }

  /** The facts the key holds. */
  public int expected() {
    return correct + missed;
  }

  /** The facts found. */
  public int found() {
    return correct + extra;
  }

  /** The share of found facts that are right; empty when nothing was found. */
  public OptionalDouble precision() {
    return found() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) correct / found());
  }

  /** The share of the key's facts that were found; empty when the key holds none. */
  public OptionalDouble recall() {
    return expected() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) correct / expected());
  }

  /**
   * The harmonic mean of precision and recall, {@code 2c / (2c + missed + extra)}: defined even when one of them is
   * not, and 1 when the key holds nothing and nothing was found.
   */
  public double f1() {
    int all = 2 * correct + missed + extra;
    return all == 0 ? 1.0 : 2.0 * correct / all;
  }
}
