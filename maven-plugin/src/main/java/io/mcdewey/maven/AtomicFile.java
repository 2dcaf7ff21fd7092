package io.mcdewey.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.apache.maven.plugin.logging.Log;

/** Writes a goal's output file beside its place, then moves it there, so that readers never see half of it. */
final class AtomicFile {
  private AtomicFile() {}

  /** Writes the text to the file, creating missing folders; a temporary file left behind is logged. */
  static void write(Path file, String text, Log log) throws IOException {
    Path target = file.toAbsolutePath();
    Path temporary = null;
    try {
      Files.createDirectories(target.getParent());
      // Not Files.createTempFile: the file would keep its owner-only permissions.
      temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
      Files.writeString(temporary, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      deleteQuietly(temporary, log);
    }
  }

  private static void deleteQuietly(Path temporary, Log log) {
    if (temporary == null) {
      return;
    }
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      log.warn(temporary + ": cannot delete this temporary file: " + e.getMessage());
    }
  }
}
