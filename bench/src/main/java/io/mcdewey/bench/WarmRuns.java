package io.mcdewey.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How a case is timed once warm, in this JVM: it runs untimed until the warm-up time is spent, so the JIT has
 * compiled what it uses, then it is timed over a number of runs.
 *
 * @param warmUp how long to run untimed first
 * @param iterations how many runs to time
 */
record WarmRuns(Duration warmUp, int iterations) {

  /**
   * The times of the runs.
   *
   * @param operations what every run returned
   * @param nanos each timed run's duration, fastest first
   */
  record Times(int operations, List<Long> nanos) {}

  Times time(Case timed) throws Exception {
    int operations = timed.run();
    long warmUpEnd = System.nanoTime() + warmUp.toNanos();
    while (System.nanoTime() < warmUpEnd) {
      expect(operations, timed.run(), timed);
    }
    List<Long> nanos = new ArrayList<>();
    for (int i = 0; i < iterations; i++) {
      long start = System.nanoTime();
      int found = timed.run();
      nanos.add(System.nanoTime() - start);
      expect(operations, found, timed);
    }
    nanos.sort(null);
    return new Times(operations, List.copyOf(nanos));
  }

  private static void expect(int operations, int found, Case timed) {
    if (found != operations) {
      throw new IllegalStateException(timed.input().label() + ", " + timed.task() + ": a run found " + found
          + " operations where the first found " + operations + "; the case is not repeatable");
    }
  }
}
