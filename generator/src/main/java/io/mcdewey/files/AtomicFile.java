package io.mcdewey.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * Writes a file whole or not at all: the text goes to a temporary file beside it, which then takes the file's place
 * in one step. A reader sees the old file or the new one, and when writing fails (a full disk, a killed process) the
 * old file stays as it was; a killed process may leave the temporary file, named {@code .<file>.<random>.tmp}.
 */
public final class AtomicFile {
  private AtomicFile() {}

  /** How the temporary file is opened; tests put a failing stream in its place. */
  @FunctionalInterface
  interface Opener {
    OutputStream open(Path temporary) throws IOException;
  }

  private static final Opener CREATE_NEW =
      temporary -> Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);

  /**
   * Writes the text as UTF-8, creating missing directories. A file in the place keeps its permissions.
   *
   * @throws IOException when the file cannot be written; it is then as it was
   */
  public static void write(Path file, String text) throws IOException {
    write(file, text.getBytes(StandardCharsets.UTF_8), CREATE_NEW);
  }

  static void write(Path file, byte[] bytes, Opener opener) throws IOException {
    Path target = file.toAbsolutePath();
    if (Files.isDirectory(target)) {
      throw new IOException("is a directory");
    }
    Files.createDirectories(target.getParent());
    // Not Files.createTempFile: the file would get owner-only permissions.
    Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      try (OutputStream out = opener.open(temporary)) {
        out.write(bytes);
      }
      keepPermissions(target, temporary);
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException cleaning) {
        e.addSuppressed(cleaning);
      }
      throw e;
    }
  }

  private static void keepPermissions(Path target, Path temporary) throws IOException {
    PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    if (old != null && Files.isRegularFile(target)) {
      Files.setPosixFilePermissions(temporary, old.readAttributes().permissions());
    }
  }
}
