package io.mcdewey.search;

import io.mcdewey.json.Json;
import io.mcdewey.source.GuideDocument;
import io.mcdewey.source.GuideReadException;
import io.mcdewey.source.GuideReader;
import io.mcdewey.source.InputLimit;
import io.mcdewey.source.LibraryPath;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The guides of a library folder. The folder is walked without following links, and a link is read only when it
 * leads to a file inside the library, so that no link makes the server show a file from elsewhere. Each guide is read
 * on its own: one that cannot be read is left out with a message naming it, and the others are served.
 */
final class LibraryFolder {
  /** How deep guides sit: {@code <product>/<version>/<doc>/<doc>.md}, with room for exports in subfolders. */
  private static final int DEPTH = 6;

  /** The guides read and what was left out. */
  record Contents(List<GuideDocument> documents, List<String> problems) {}

  private final Path root;
  private final Path realRoot;
  private final List<String> problems = new ArrayList<>();

  private LibraryFolder(Path root) throws IOException {
    this.root = root;
    this.realRoot = root.toRealPath();
  }

  /**
   * Reads every guide of the folder; fails only when the folder cannot be listed, holds no readable guide, or its
   * guides hold more than {@code limit} together.
   */
  static Contents read(Path root, InputLimit limit) throws GuideReadException {
    try {
      return new LibraryFolder(root).contents(limit);
    } catch (IOException | UncheckedIOException e) {
      throw new GuideReadException(root + ": cannot list the library: " + e.getMessage(), e);
    }
  }

  private Contents contents(InputLimit limit) throws IOException, GuideReadException {
    TreeMap<String, Path> files = new TreeMap<>();
    Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), DEPTH,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            if (isGuide(relative) && readable(file, relative, attributes)) {
              files.put(relative, file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            problems.add(root.relativize(file) + ": skipped, it cannot be read: " + e.getMessage());
            return FileVisitResult.CONTINUE;
          }
        });
    if (files.isEmpty()) {
      throw new GuideReadException(root + ": no guide found; a library holds <product>/<version>/<doc>/<doc>.md (or"
          + " .html) files or chunk exports (*.jsonl records with a chunk_id)" + (problems.isEmpty() ? ""
          : "; " + String.join("; ", problems)));
    }
    long total = 0;
    for (Path file : files.values()) {
      total += Files.size(file);
    }
    if (total > limit.bytes()) {
      // Checked before anything is read: each guide keeps within the input limit, but many together fill the heap.
      throw new GuideReadException(root + ": the library's " + files.size() + " guide files hold "
          + InputLimit.described(total) + ", past the library limit of " + limit + "; a larger limit is set with"
          + " --max-library-size, the system property " + Library.LIMIT_PROPERTY + " or the environment variable "
          + Library.LIMIT_VARIABLE);
    }
    GuideReader reader = new GuideReader();
    List<GuideDocument> documents = new ArrayList<>();
    for (Path file : files.values()) {
      String display = root.resolve(root.relativize(file)).toString();
      try {
        documents.addAll(read(reader, file, display));
      } catch (GuideReadException e) {
        problems.add(e.getMessage() + " (left out)");
      }
    }
    if (documents.isEmpty()) {
      throw new GuideReadException(root + ": no guide could be read: " + String.join("; ", problems));
    }
    return new Contents(documents, problems);
  }

  private static List<GuideDocument> read(GuideReader reader, Path file, String display) throws GuideReadException {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
      return reader.readChunkExport(file, display);
    }
    return List.of(reader.readGuideFile(file, display));
  }

  /**
   * Guides by name: a JSON Lines file (maybe a chunk export), or a guide laid out as the library wants it, whose
   * extensions {@link LibraryPath} knows (markdown, AsciiDoc, web pages).
   */
  private static boolean isGuide(String relative) {
    return relative.toLowerCase(Locale.ROOT).endsWith(".jsonl") || LibraryPath.parse(relative) != null;
  }

  /**
   * Whether a guide file may be read: a regular file, or a link to one inside the library; and, for JSON Lines, a
   * chunk export, since a library may keep answer keys and logs beside its guides.
   */
  private boolean readable(Path file, String relative, BasicFileAttributes attributes) {
    if (attributes.isSymbolicLink()) {
      try {
        Path target = file.toRealPath();
        if (!target.startsWith(realRoot)) {
          problems.add(relative + ": skipped, it is a link to a file outside the library");
          return false;
        }
        if (!Files.isRegularFile(target)) {
          return false;
        }
      } catch (IOException e) {
        problems.add(relative + ": skipped, it is a link that leads nowhere: " + e.getMessage());
        return false;
      }
    } else if (!attributes.isRegularFile()) {
      return false;
    }
    return !relative.toLowerCase(Locale.ROOT).endsWith(".jsonl") || isChunkExport(file, relative);
  }

  /** Whether the first record of a JSON Lines file has a {@code chunk_id}. */
  private boolean isChunkExport(Path file, String relative) {
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = lines.readLine();
      while (line != null && line.isBlank()) {
        line = lines.readLine();
      }
      return line != null && Json.parseObject(line).containsKey("chunk_id");
    } catch (IOException e) {
      problems.add(relative + ": skipped, it cannot be read: " + e.getMessage());
      return false;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
