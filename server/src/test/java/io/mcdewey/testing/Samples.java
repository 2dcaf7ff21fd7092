package io.mcdewey.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** The sample guides of this repository ({@code samples/}), and a library of three Northwind releases made of them. */
public final class Samples {
  private Samples() {}

  /** A file or folder of the repository. */
  public static Path repository(String relative) {
    return Path.of(System.getProperty("mcdewey.repo", "..")).resolve(relative);
  }

  /** Northwind 3.1 (the sample library) and 4.0 and 4.1 (the releases the diff samples compare), as one library. */
  public static synchronized Path northwindLibrary() {
    Path folder = Path.of("target", "northwind-library");
    for (String source : List.of("samples/guides/library", "samples/diff/guides")) {
      copyTree(repository(source), folder);
    }
    return folder;
  }

  /**
   * Northwind 3.1 with two guides that must be left out: one that is binary, and a link to a file outside the
   * library ({@code /etc/passwd}) laid out as a guide.
   */
  public static synchronized Path troubledLibrary() {
    Path folder = Path.of("target", "troubled-library");
    copyTree(repository("samples/guides/library"), folder);
    try {
      Path broken = folder.resolve("broken/v1/notes/notes.md");
      Files.createDirectories(broken.getParent());
      Files.write(broken, new byte[] {'#', ' ', 'N', 0, 0, 1, 2});
      Path leak = folder.resolve("leak/v1/passwd/passwd.md");
      Files.createDirectories(leak.getParent());
      Files.deleteIfExists(leak);
      Files.createSymbolicLink(leak, Path.of("/etc/passwd"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folder;
  }

  private static void copyTree(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
