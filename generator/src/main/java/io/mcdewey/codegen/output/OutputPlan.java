package io.mcdewey.codegen.output;

import io.mcdewey.files.SameFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What writing generated files into a directory changes, worked out before anything is changed: the files to put
 * (new, or replacing the file in their place), the files of an earlier run to delete, the directories to create, and
 * the files that stay as they are.
 *
 * <p>Working it out refuses, before any change, to write where a directory stands, over a file the run reads, or
 * over a file McDewey did not generate (unless told to): what McDewey generated is what the directory's manifest
 * lists.
 *
 * @param puts the files to write, in the order given (the manifest last)
 * @param deletes the files an earlier run generated that this one does not, relative to the directory
 * @param directories the directories to create, each after its parent
 * @param unchanged the files whose bytes are already those to write
 */
record OutputPlan(List<Put> puts, List<String> deletes, List<String> directories, List<String> unchanged) {

  /**
   * A file to write.
   *
   * @param file the path and content
   * @param replaces whether a file stands in its place, which is moved aside first
   */
  record Put(GeneratedFile file, boolean replaces) {}

  /** Whether the plan changes nothing. */
  boolean isEmpty() {
    return puts.isEmpty() && deletes.isEmpty();
  }

  /**
   * Works out the plan.
   *
   * @param directory the output directory, absolute
   * @param shown the output directory as the user named it, for messages
   * @param files the files to write, the manifest last
   * @param previous the files the manifest of an earlier run lists
   * @param overwriteUserFiles whether files McDewey did not generate may be overwritten
   * @param inputs the files the run read, never written over
   * @throws OutputException when a file cannot or must not be written
   */
  static OutputPlan of(Path directory, Path shown, List<GeneratedFile> files, Set<String> previous,
      boolean overwriteUserFiles, List<Path> inputs) throws IOException {
    Set<String> generated = new LinkedHashSet<>();
    files.forEach(file -> generated.add(file.path()));
    List<String> deletes = previous.stream()
        .filter(path -> !generated.contains(path) && isFile(directory.resolve(path)))
        .toList();
    List<Put> puts = new ArrayList<>();
    Set<String> directories = new LinkedHashSet<>();
    List<String> unchanged = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<String> userFiles = new ArrayList<>();
    for (GeneratedFile file : files) {
      Path target = directory.resolve(file.path());
      for (String parent : parents(file.path())) {
        Path place = directory.resolve(parent);
        if (Files.isDirectory(place)) {
          continue;
        }
        if (isFile(place) && !deletes.contains(parent)) {
          problems.add(shown.resolve(parent) + ": is a file, where McDewey would make a directory");
        } else {
          directories.add(parent);
        }
      }
      if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        puts.add(new Put(file, false));
      } else if (Files.isDirectory(target)) {
        problems.add(shown.resolve(file.path()) + ": is a directory, where McDewey would write a file");
      } else if (SameFile.isAny(target, inputs)) {
        problems.add(shown.resolve(file.path()) + ": is read by this run; McDewey never writes over its input");
      } else if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), file.bytes())) {
        unchanged.add(file.path());
      } else {
        if (!previous.contains(file.path()) && !file.path().equals(OutputDirectory.MANIFEST)) {
          userFiles.add(shown.resolve(file.path()).toString());
        }
        puts.add(new Put(file, true));
      }
    }
    if (!problems.isEmpty()) {
      throw new OutputException(String.join("; ", problems));
    }
    if (!userFiles.isEmpty() && !overwriteUserFiles) {
      throw new UserFilesException(userFiles);
    }
    return new OutputPlan(List.copyOf(puts), deletes, List.copyOf(directories), List.copyOf(unchanged));
  }

  /** The directories above a relative path, outermost first: {@code a}, {@code a/b} for {@code a/b/C.java}. */
  private static List<String> parents(String path) {
    List<String> parents = new ArrayList<>();
    for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
      parents.add(path.substring(0, slash));
    }
    return parents;
  }

  /** Whether something other than a directory stands at the place: a file, or a link, dangling or not. */
  private static boolean isFile(Path place) {
    return Files.exists(place, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(place);
  }
}
