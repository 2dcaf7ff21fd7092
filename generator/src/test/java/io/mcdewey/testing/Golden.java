package io.mcdewey.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Golden-file assertions. Goldens live under {@code generator/src/test/resources/golden/}; running the tests with
 * {@code -Dmcdewey.updateGoldens=true} rewrites them from the current output instead of comparing.
 */
public final class Golden {
  private static final String UPDATE = "mcdewey.updateGoldens";

  private Golden() {}

  /** Asserts that {@code actual} equals the golden file {@code name}, or rewrites it when updating. */
  public static void assertMatches(String name, String actual) {
    Path golden = Repository.file("generator/src/test/resources/golden").resolve(name);
    try {
      if (Boolean.getBoolean(UPDATE)) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(golden)) {
        throw new AssertionError("no golden file " + golden + "; run the tests with -D" + UPDATE + "=true to write it");
      }
      assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
          () -> "output differs from " + golden + "; if the change is intended, rerun with -D" + UPDATE + "=true");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that the golden directory {@code directory} holds exactly {@code files} (file name to content), each
   * compared as by {@link #assertMatches}; when updating, files no longer produced are removed.
   */
  public static void assertDirectoryMatches(String directory, Map<String, String> files) {
    files.forEach((name, content) -> assertMatches(directory + "/" + name, content));
    Path dir = Repository.file("generator/src/test/resources/golden").resolve(directory);
    try (Stream<Path> listing = Files.list(dir)) {
      List<Path> stale = listing.filter(file -> !files.containsKey(file.getFileName().toString())).sorted().toList();
      if (Boolean.getBoolean(UPDATE)) {
        for (Path file : stale) {
          Files.delete(file);
        }
        return;
      }
      assertEquals(List.of(), stale, () -> "golden files nothing is generated for are stale; remove them or rerun"
          + " with -D" + UPDATE + "=true");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
