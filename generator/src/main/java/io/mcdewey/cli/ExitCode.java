package io.mcdewey.cli;

/** The tool's exit statuses. */
public final class ExitCode {
  private ExitCode() {}

  /** Done, and nothing to worry about. */
  public static final int OK = 0;
  /**
   * Done, but the guide has error-level diagnostics, a score is below its floor, or a diff found a change at or above
   * the severity to fail on.
   */
  public static final int FAILED = 1;
  /** Not done: the command line is wrong or an input cannot be read. */
  public static final int USAGE = 2;
}
