package io.mcdewey.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Whether two names name one file, however spelt: through {@code ..}, links or another working directory. */
public final class SameFile {
  private SameFile() {}

  /** Whether {@code file} exists and is one of {@code others}. */
  public static boolean isAny(Path file, List<Path> others) {
    for (Path other : others) {
      try {
        if (Files.exists(file) && Files.exists(other) && Files.isSameFile(file, other)) {
          return true;
        }
      } catch (IOException e) {
        // A file that cannot be compared is not known to be the same.
      }
    }
    return false;
  }
}
