package io.mcdewey.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir Path temp;

  @Test
  void replacesTheFileAndLeavesNothingElse() throws IOException {
    Path file = temp.resolve("deep/er/model.json");
    AtomicFile.write(file, "old");

    AtomicFile.write(file, "new");

    assertEquals("new", Files.readString(file));
    assertEquals(List.of("model.json"), entries(file.getParent()));
  }

  @Test
  void aDiskFillingUpHalfWayLeavesTheOldFileAsItWas() throws IOException {
    Path file = Files.writeString(temp.resolve("api.yaml"), "openapi: 3.1.0\n");
    byte[] large = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);

    IOException failure = assertThrows(IOException.class, () -> AtomicFile.write(file, large, AtomicFileTest::full));

    assertEquals("No space left on device", failure.getMessage());
    assertEquals("openapi: 3.1.0\n", Files.readString(file));
    assertEquals(List.of("api.yaml"), entries(temp), "the temporary file is removed");
  }

  @Test
  void keepsThePermissionsOfTheFileItReplaces() throws IOException {
    Path file = Files.writeString(temp.resolve("report.md"), "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

    AtomicFile.write(file, "new");

    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void refusesADirectory() throws IOException {
    Path directory = Files.createDirectory(temp.resolve("out.json"));

    IOException failure = assertThrows(IOException.class, () -> AtomicFile.write(directory, "{}"));

    assertEquals("is a directory", failure.getMessage());
  }

  /** A file on a disk with 64 KiB left: writing more fails as a full disk does. */
  private static OutputStream full(Path temporary) throws IOException {
    OutputStream file = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW);
    return new FilterOutputStream(file) {
      private long left = 64 * 1024;

      @Override
      public void write(int b) throws IOException {
        if (left-- <= 0) {
          throw new IOException("No space left on device");
        }
        out.write(b);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        for (int i = 0; i < length; i++) {
          write(bytes[offset + i]);
        }
      }
    };
  }

  private static List<String> entries(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
