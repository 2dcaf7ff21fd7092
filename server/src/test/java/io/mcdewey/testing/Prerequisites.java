package io.mcdewey.testing;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine (the shared corpus, Node, Chromium). When it is missing the test is skipped
 * with a visible message, except on CI ({@code CI=true}), where it fails: CI must run everything.
 */
public final class Prerequisites {
  private Prerequisites() {}

  /** Skips (or, on CI, fails) the calling test unless {@code present}. */
  public static void require(boolean present, String missing) {
    if (present) {
      return;
    }
    if ("true".equals(System.getenv("CI"))) {
      fail(missing);
    }
    System.out.println("SKIPPED: " + missing);
    Assumptions.abort(missing);
  }
}
