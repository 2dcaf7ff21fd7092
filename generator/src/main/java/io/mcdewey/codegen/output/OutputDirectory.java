package io.mcdewey.codegen.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes generated files into a directory so that it always holds one run's output whole: the one before a run, or
 * the one it writes, never a mix, whatever fails and even when the run is killed.
 *
 * <p>Files whose bytes did not change are not touched (their modification times stay), and files an earlier run
 * generated but this one does not are removed, with the directories that leaves empty. What was generated is listed
 * in {@value #MANIFEST}; a file it does not list is the user's, which is never removed, and never overwritten unless
 * the caller allows it. A file the run read is never written over. How a run's changes are made and undone is
 * {@link OutputJournal}'s part.
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

  private final Path shown;
  private final Path directory;
  private final FileMoves moves;
  private final boolean overwriteUserFiles;
  private final List<Path> inputs;

  /** The directory, as the user names it: messages name it so. */
  public OutputDirectory(Path directory) {
    this(directory, FileMoves.ATOMIC, false, List.of());
  }

  OutputDirectory(Path directory, FileMoves moves) {
    this(directory, moves, false, List.of());
  }

  private OutputDirectory(Path shown, FileMoves moves, boolean overwriteUserFiles, List<Path> inputs) {
    this.shown = shown;
    this.directory = shown.toAbsolutePath().normalize();
    this.moves = moves;
    this.overwriteUserFiles = overwriteUserFiles;
    this.inputs = List.copyOf(inputs);
  }

  /** This directory, where files McDewey did not generate are overwritten when it generates files of their names. */
  public OutputDirectory overwritingUserFiles(boolean overwrite) {
    return new OutputDirectory(shown, moves, overwrite, inputs);
  }

  /** This directory, where these files (what the run reads) are never written over, whatever else is allowed. */
  public OutputDirectory neverOverwriting(List<Path> runInputs) {
    return new OutputDirectory(shown, moves, overwriteUserFiles, runInputs);
  }

  /**
   * Makes the directory hold a whole output again after a run that was killed: undoes its changes, or finishes
   * clearing up after it when it was done. Writing does this first; a reader of the output calls it before relying
   * on the manifest.
   *
   * @return whether there was such a run
   * @throws OutputException when the directory is a file, is being written by another run, or cannot be restored
   */
  public boolean recover() throws IOException {
    checkNotAFile();
    return OutputJournal.recover(directory, shown, moves);
  }

  /**
   * Makes the directory hold these files and the manifest listing them.
   *
   * @throws OutputException when a file cannot or must not be written; the directory then holds its previous output
   */
  public Result write(List<GeneratedFile> files) throws IOException {
    checkNotAFile();
    List<GeneratedFile> all = new ArrayList<>(files);
    all.add(new GeneratedFile(MANIFEST, manifest(files)));
    try (OutputJournal journal = OutputJournal.claim(directory, shown, moves)) {
      OutputPlan plan = OutputPlan.of(directory, shown, all, previousManifest(), overwriteUserFiles, inputs);
      if (!plan.isEmpty()) {
        journal.stage(plan);
        journal.apply();
      }
      return new Result(plan.puts().stream().map(put -> put.file().path()).filter(p -> !p.equals(MANIFEST)).toList(),
          plan.unchanged().stream().filter(p -> !p.equals(MANIFEST)).toList(), plan.deletes());
    }
  }

  private void checkNotAFile() throws OutputException {
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw new OutputException(shown + ": is a file, not a directory");
    }
  }

  private static String manifest(List<GeneratedFile> files) {
    StringBuilder text = new StringBuilder();
    files.stream().map(GeneratedFile::path).sorted().forEach(path -> text.append(path).append('\n'));
    return text.toString();
  }

  /** What the manifest of an earlier run lists; paths leaving the directory are ignored. */
  private Set<String> previousManifest() throws IOException {
    Path manifest = directory.resolve(MANIFEST);
    Set<String> listed = new LinkedHashSet<>();
    if (Files.isRegularFile(manifest)) {
      Files.readAllLines(manifest, StandardCharsets.UTF_8).stream()
          .filter(GeneratedFile::isRelativePath)
          .filter(path -> !path.startsWith(OutputJournal.RUN))
          .forEach(listed::add);
    }
    return listed;
  }
}
