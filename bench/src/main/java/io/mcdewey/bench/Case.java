package io.mcdewey.bench;

/**
 * One piece of work the benchmark times. The benchmark calls {@link #run()} many times in one JVM for the warm
 * figures, and once in a fresh JVM for the cold one, so a run must leave nothing behind that changes the next.
 */
public interface Case {

  /** The guide the work reads. */
  GuideFile input();

  /** What the work does with its input, as the report names it: {@code read + parse}. */
  String task();

  /** Whether {@link #run()} counts generated files rather than operations found. */
  default boolean countsFiles() {
    return false;
  }

  /** Prepares what the timed work needs but should not pay for; called once, untimed, before the first run. */
  default void setUp() throws Exception {}

  /**
   * Does the work once.
   *
   * @return how many operations (or, where {@link #countsFiles()}, files) the work found or produced, printed so
   *     that runs can be checked against each other
   */
  int run() throws Exception;
}
