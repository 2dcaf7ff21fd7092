package io.mcdewey.bench;

import java.util.Arrays;

/**
 * The response times of a load run, and how many calls failed.
 *
 * @param sortedNanos every successful call's time, ascending
 * @param errors the calls that failed
 * @param wallNanos how long the whole run took
 */
record Latencies(long[] sortedNanos, int errors, long wallNanos) {

  static Latencies of(long[] nanos, int errors, long wallNanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Latencies(sorted, errors, wallNanos);
  }

  int calls() {
    return sortedNanos.length + errors;
  }

  /** The time within which {@code percent} of the successful calls answered, in milliseconds. */
  double percentileMillis(double percent) {
    if (sortedNanos.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(percent / 100 * sortedNanos.length) - 1;
    return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
  }

  double callsPerSecond() {
    return wallNanos == 0 ? 0 : calls() * 1e9 / wallNanos;
  }
}
