package io.mcdewey.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's own checkout, for tests reading its samples. */
public final class Repository {
  private Repository() {}

  /** The repository root: the system property {@code mcdewey.repo}, else the nearest parent holding samples/. */
  public static Path root() {
    String property = System.getProperty("mcdewey.repo");
    if (property != null && Files.isDirectory(Path.of(property, "samples"))) {
      return Path.of(property);
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("samples"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("cannot find the repository root (no samples/ above the working directory)");
    }
    return dir;
  }

  public static Path file(String relative) {
    return root().resolve(relative);
  }
}
