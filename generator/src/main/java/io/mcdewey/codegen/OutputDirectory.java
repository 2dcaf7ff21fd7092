package io.mcdewey.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Writes generated files into a directory without ever leaving it half-written, and without touching what did not
 * change.
 *
 * <p>A new directory is filled beside its place and moved there in one step. In an existing directory, changed files
 * are first written beside the directory, then each moved over its old version in one step; files whose bytes did
 * not change are not touched (their modification times stay), and files an earlier run generated but this one does
 * not are removed. What was generated is listed in {@value #MANIFEST}, so files of the user's own in the same
 * directory are never removed.
 */
public final class OutputDirectory {
  /** The list of files the last run generated, relative to the directory, one per line. */
  public static final String MANIFEST = ".mcdewey-generated";

  /**
   * What a write did.
   *
   * @param written files created or changed
   * @param unchanged files left as they were because their bytes are the same
   * @param removed files of an earlier run that this one no longer generates
   */
  public record Result(List<String> written, List<String> unchanged, List<String> removed) {}

  private final Path directory;

  public OutputDirectory(Path directory) {
    this.directory = directory.toAbsolutePath().normalize();
  }

  public Result write(List<GeneratedFile> files) throws IOException {
    List<GeneratedFile> all = new ArrayList<>(files);
    all.add(new GeneratedFile(MANIFEST, manifest(files)));
    Path parent = directory.getParent();
    Files.createDirectories(parent);
    // Not Files.createTempDirectory: a new output directory is this one moved into place, and would keep its
    // owner-only permissions.
    Path staging = Files.createDirectory(parent.resolve("." + directory.getFileName() + ".staging-" + UUID.randomUUID()));
    try {
      if (!Files.exists(directory)) {
        for (GeneratedFile file : all) {
          put(staging, file);
        }
        move(staging, directory);
        return new Result(files.stream().map(GeneratedFile::path).toList(), List.of(), List.of());
      }
      List<GeneratedFile> changed = new ArrayList<>();
      List<String> unchanged = new ArrayList<>();
      for (GeneratedFile file : all) {
        Path target = directory.resolve(file.path());
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), file.bytes())) {
          unchanged.add(file.path());
        } else {
          changed.add(file);
          put(staging, file);
        }
      }
      Set<String> stale = new LinkedHashSet<>(previousManifest());
      all.forEach(file -> stale.remove(file.path()));
      for (GeneratedFile file : changed) {
        Path target = directory.resolve(file.path());
        Files.createDirectories(target.getParent());
        move(staging.resolve(file.path()), target);
      }
      for (String path : stale) {
        Files.deleteIfExists(directory.resolve(path));
      }
      unchanged.remove(MANIFEST);
      return new Result(changed.stream().map(GeneratedFile::path).filter(p -> !p.equals(MANIFEST)).toList(),
          unchanged, List.copyOf(stale));
    } finally {
      deleteTree(staging);
    }
  }

  private static String manifest(List<GeneratedFile> files) {
    StringBuilder text = new StringBuilder();
    files.stream().map(GeneratedFile::path).sorted().forEach(path -> text.append(path).append('\n'));
    return text.toString();
  }

  private List<String> previousManifest() throws IOException {
    Path manifest = directory.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return List.of();
    }
    return Files.readAllLines(manifest, StandardCharsets.UTF_8).stream()
        .filter(GeneratedFile::isRelativePath)
        .toList();
  }

  private static void put(Path root, GeneratedFile file) throws IOException {
    Path target = root.resolve(file.path());
    Files.createDirectories(target.getParent());
    Files.write(target, file.bytes());
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
