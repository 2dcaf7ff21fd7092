package io.mcdewey.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What a directory holds, to compare before and after: every file and directory under it by relative path. */
public final class DirectorySnapshot {
  private DirectorySnapshot() {}

  /** Each file's content and modification time, and {@code dir} for each directory. */
  public static Map<String, String> withTimes(Path root) {
    return walk(root, true);
  }

  /** Each file's content, and {@code dir} for each directory. */
  public static Map<String, String> contents(Path root) {
    return walk(root, false);
  }

  private static Map<String, String> walk(Path root, boolean withTimes) {
    Map<String, String> entries = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.filter(p -> !p.equals(root)).toList()) {
        String name = root.relativize(path).toString().replace('\\', '/');
        if (Files.isDirectory(path)) {
          entries.put(name, "dir");
        } else {
          entries.put(name, Files.readString(path)
              + (withTimes ? " @" + Files.getLastModifiedTime(path).toMillis() : ""));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }
}
