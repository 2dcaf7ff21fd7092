package io.mcdewey.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared corpus of real guide pages, found through the system property {@code mcdewey.corpus}. Tests that need
 * it are skipped with a visible message when it is missing, except on CI ({@code CI=true}), where they fail.
 */
public final class SharedCorpus {
  private SharedCorpus() {}

  /** The corpus directory; aborts or fails the calling test when it is missing. */
  public static Path root() {
    String property = System.getProperty("mcdewey.corpus");
    if (property != null && Files.isDirectory(Path.of(property))) {
      return Path.of(property);
    }
    String message = "the shared corpus is not at " + property + " (system property mcdewey.corpus)";
    if ("true".equals(System.getenv("CI"))) {
      fail(message);
    }
    System.out.println("SKIPPED: " + message);
    Assumptions.abort(message);
    throw new AssertionError("unreachable");
  }

  /** A file of the corpus. */
  public static Path file(String relative) {
    return root().resolve(relative);
  }
}
