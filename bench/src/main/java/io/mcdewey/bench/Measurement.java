package io.mcdewey.bench;

import java.util.List;

/**
 * Everything measured about one case.
 *
 * @param measured the case
 * @param operations what each run found or produced
 * @param coldNanos the first run in a fresh JVM
 * @param warmNanos the timed warm runs, fastest first
 * @param heap the memory a warm run takes
 */
record Measurement(Case measured, int operations, long coldNanos, List<Long> warmNanos, HeapUse heap) {

  Measurement {
    warmNanos = List.copyOf(warmNanos);
    if (warmNanos.isEmpty()) {
      throw new IllegalArgumentException("no warm run timed");
    }
  }

  long bestNanos() {
    return warmNanos.get(0);
  }

  /** The middle run, or the slower of the two middle ones, so the figure is a run that happened. */
  long medianNanos() {
    return warmNanos.get(warmNanos.size() / 2);
  }

  double megabytesPerSecond(long nanos) {
    return measured.input().megabytes() / (nanos / 1e9);
  }
}
