package io.mcdewey.score;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small key and errata files for tests. */
final class KeyFiles {
  private KeyFiles() {}

  /** Writes the lines to {@code dir/name}, creating parent folders, and returns the file. */
  static Path write(Path dir, String name, String... lines) {
    Path file = dir.resolve(name);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, String.join("\n", lines) + (lines.length == 0 ? "" : "\n"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
