package io.mcdewey.codegen.output;

import io.mcdewey.files.FileErrors;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One run's changes to an output directory, written down before they are made so that they can be undone: by the
 * run itself when a step fails, or by the next run when this one was killed.
 *
 * <p>The run works in a directory of its own inside the output, {@value #RUN}. The new files are staged there and
 * the steps listed; then each step is a rename within the output, and a file the run replaces or deletes is moved
 * into the run's directory rather than lost. The run is over when it marks its directory done. Until then, a later
 * run first undoes its steps in reverse order; after that, it only clears the run's directory away. So after any
 * failure or kill, the next run starts from the old output or from the new one, whole.
 *
 * <p>A run claims the output by renaming a directory of its own, holding a file it keeps locked, into place: two runs
 * never write one output at once, and a run whose lock is free was killed (the system frees the locks of a process
 * that ends).
 */
final class OutputJournal implements Closeable {
  /** The run's directory inside the output. */
  static final String RUN = ".mcdewey-run";

  private static final String LOCK = "lock";
  private static final String STEPS = "steps";
  private static final String DONE = "done";
  private static final String CREATED_OUTPUT = "created-output";
  private static final String NEW = "new";
  private static final String OLD = "old";
  private static final String HEADER = "mcdewey-output-steps 1";
  private static final String END = "end";

  private final Path directory;
  private final Path shown;
  private final Path run;
  private final FileChannel lockFile;
  private final FileMoves moves;
  private List<OutputStep> steps;
  /** Whether the run's directory must stay, because its steps could not all be undone. */
  private boolean keep;

  private OutputJournal(Path directory, Path shown, Path run, FileChannel lockFile, FileMoves moves) {
    this.directory = directory;
    this.shown = shown;
    this.run = run;
    this.lockFile = lockFile;
    this.moves = moves;
    this.steps = List.of();
  }

  /**
   * Claims the output directory, creating it when missing, after settling the runs that were killed in it.
   *
   * @param directory the output directory, absolute
   * @param shown the output directory as the user named it, for messages
   * @throws OutputException when the directory cannot be created or written, or another run is writing it
   */
  static OutputJournal claim(Path directory, Path shown, FileMoves moves) throws IOException {
    recover(directory, shown, moves);
    boolean created = !Files.exists(directory);
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new OutputException(shown + ": cannot create the directory: " + FileErrors.reason(e)
          + inTheWay(directory));
    }
    Path claim = directory.resolve(RUN + "-" + UUID.randomUUID());
    FileChannel channel = null;
    try {
      Files.createDirectory(claim);
      channel = FileChannel.open(claim.resolve(LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      channel.lock();
      if (created) {
        Files.createFile(claim.resolve(CREATED_OUTPUT));
      }
      Files.move(claim, directory.resolve(RUN));
      return new OutputJournal(directory, shown, directory.resolve(RUN), channel, moves);
    } catch (IOException e) {
      if (channel != null) {
        channel.close();
      }
      deleteTree(claim);
      throw e instanceof FileAlreadyExistsException ? busy(shown)
          : new OutputException(shown + ": cannot write in this directory: " + FileErrors.reason(e));
    }
  }

  /**
   * Undoes the steps of runs that were killed before they were done, and clears away what runs that were killed
   * after left behind.
   *
   * @return whether there was such a run
   * @throws OutputException when another run is writing the directory, or a step cannot be undone
   */
  static boolean recover(Path directory, Path shown, FileMoves moves) throws IOException {
    if (!Files.isDirectory(directory)) {
      return false;
    }
    List<Path> runs;
    try (Stream<Path> entries = Files.list(directory)) {
      runs = entries.filter(p -> p.getFileName().toString().startsWith(RUN))
          .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .sorted()
          .toList();
    }
    boolean recovered = false;
    for (Path run : runs) {
      FileChannel channel = openLock(run);
      if (channel != null && !tryLock(channel)) {
        channel.close();
        if (run.getFileName().toString().equals(RUN)) {
          throw busy(shown);
        }
        continue;
      }
      try (OutputJournal killed = new OutputJournal(directory, shown, run, channel, moves)) {
        killed.settle();
      }
      recovered = true;
    }
    return recovered;
  }

  /** Stages the plan's new files and lists its steps; nothing in the output changes yet. */
  void stage(OutputPlan plan) throws OutputException {
    List<OutputStep> planned = new ArrayList<>();
    List<String> lines = new ArrayList<>(List.of(HEADER));
    try {
      Files.createDirectory(run.resolve(NEW));
      Files.createDirectory(run.resolve(OLD));
      for (String path : plan.deletes()) {
        planned.add(new OutputStep(OutputStep.Kind.DELETE, planned.size(), path));
      }
      for (String path : plan.directories()) {
        planned.add(new OutputStep(OutputStep.Kind.MAKE_DIRECTORY, planned.size(), path));
      }
      for (OutputPlan.Put put : plan.puts()) {
        OutputStep step = new OutputStep(put.replaces() ? OutputStep.Kind.REPLACE : OutputStep.Kind.ADD,
            planned.size(), put.file().path());
        Files.write(staged(step), put.file().bytes(), StandardOpenOption.CREATE_NEW);
        planned.add(step);
      }
      planned.forEach(step -> lines.add(step.line()));
      lines.add(END);
      Files.write(run.resolve(STEPS), lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    } catch (IOException e) {
      throw new OutputException(shown + ": cannot write the new files: " + FileErrors.reason(e)
          + "; the previous output is kept");
    }
    steps = List.copyOf(planned);
  }

  /**
   * Takes the staged steps in order, then marks the run done.
   *
   * @throws OutputException when a step fails: the steps taken are undone, and when that fails too, the next run
   *     undoes them
   */
  void apply() throws OutputException {
    for (OutputStep step : steps) {
      try {
        take(step);
      } catch (IOException e) {
        throw failed(shown.resolve(step.path()) + ": " + step.failure() + ": " + FileErrors.reason(e));
      }
    }
    try {
      Files.createFile(run.resolve(DONE));
    } catch (IOException e) {
      throw failed(shown + ": cannot finish writing: " + FileErrors.reason(e));
    }
    removeEmptiedDirectories();
  }

  /** Releases the claim, clearing the run's directory away unless the next run has steps of it to undo. */
  @Override
  public void close() throws IOException {
    boolean done = Files.exists(run.resolve(DONE));
    boolean createdOutput = Files.exists(run.resolve(CREATED_OUTPUT));
    try {
      if (!keep) {
        deleteTree(run.resolve(NEW));
        deleteTree(run.resolve(OLD));
        for (String file : List.of(STEPS, DONE, CREATED_OUTPUT)) {
          Files.deleteIfExists(run.resolve(file));
        }
      }
    } finally {
      if (lockFile != null) {
        lockFile.close();
      }
    }
    if (keep) {
      return;
    }
    Files.deleteIfExists(run.resolve(LOCK));
    Files.deleteIfExists(run);
    if (createdOutput && !done) {
      deleteIfEmpty(directory);
    }
  }

  /** Settles a killed run: completes it when it was done, undoes it otherwise. */
  private void settle() throws IOException {
    steps = readSteps(run, shown);
    if (Files.exists(run.resolve(DONE))) {
      removeEmptiedDirectories();
      return;
    }
    try {
      undo();
    } catch (IOException e) {
      keep = true;
      throw new OutputException(shown + ": cannot restore the output of a run that was stopped: "
          + FileErrors.reason(e));
    }
  }

  /** Undoes the steps taken after one failed; the failure, saying whether the previous output is back. */
  private OutputException failed(String failure) {
    try {
      undo();
    } catch (IOException e) {
      keep = true;
      return new OutputException(failure + "; the previous output could not be restored yet ("
          + FileErrors.reason(e) + "), the next run restores it");
    }
    return new OutputException(failure + "; the previous output is kept");
  }

  private void take(OutputStep step) throws IOException {
    Path target = directory.resolve(step.path());
    switch (step.kind()) {
      case DELETE -> moves.move(target, aside(step));
      case MAKE_DIRECTORY -> {
        if (!Files.isDirectory(target)) {
          Files.createDirectory(target);
        }
      }
      case ADD -> moves.move(staged(step), target);
      case REPLACE -> {
        moves.move(target, aside(step));
        moves.move(staged(step), target);
      }
    }
  }

  /** Undoes the steps in reverse order; each undoing is a no-op for a step not taken, or already undone. */
  private void undo() throws IOException {
    for (int i = steps.size() - 1; i >= 0; i--) {
      OutputStep step = steps.get(i);
      Path target = directory.resolve(step.path());
      switch (step.kind()) {
        case DELETE, REPLACE -> {
          if (exists(aside(step))) {
            moves.move(aside(step), target);
          }
        }
        case MAKE_DIRECTORY -> deleteIfEmpty(target);
        case ADD -> {
          if (!exists(staged(step)) && exists(target)) {
            Files.delete(target);
          }
        }
      }
    }
  }

  /**
   * Removes the directories that deleting a file of an earlier run left empty, up to the output. The new output is
   * whole already, so a directory that cannot be removed is left as it is.
   */
  private void removeEmptiedDirectories() {
    for (OutputStep step : steps) {
      if (step.kind() != OutputStep.Kind.DELETE) {
        continue;
      }
      try {
        for (Path parent = directory.resolve(step.path()).getParent();
            parent != null && !parent.equals(directory) && deleteIfEmpty(parent); parent = parent.getParent()) {
          // Each emptied directory may empty its parent.
        }
      } catch (IOException e) {
        // Left as it is: an empty directory more is no harm to the output.
      }
    }
  }

  private Path staged(OutputStep step) {
    return run.resolve(NEW).resolve(Integer.toString(step.index()));
  }

  private Path aside(OutputStep step) {
    return run.resolve(OLD).resolve(Integer.toString(step.index()));
  }

  /** The steps a run listed; none when it was stopped before it listed them all, as it then took none. */
  private static List<OutputStep> readSteps(Path run, Path shown) throws IOException {
    Path file = run.resolve(STEPS);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(lines.size() - 1).equals(END)) {
      return List.of();
    }
    List<OutputStep> steps = new ArrayList<>();
    try {
      for (String line : lines.subList(1, lines.size() - 1)) {
        steps.add(OutputStep.parse(line));
      }
    } catch (IllegalArgumentException e) {
      throw new OutputException(shown + ": the steps of a run that was stopped cannot be read (" + e.getMessage()
          + "); restore the directory from a copy, then delete its " + RUN + " directory");
    }
    return steps;
  }

  /** The lock file of a run's directory, open; {@code null} when there is none. */
  private static FileChannel openLock(Path run) throws IOException {
    try {
      return FileChannel.open(run.resolve(LOCK), StandardOpenOption.WRITE);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private static boolean tryLock(FileChannel channel) throws IOException {
    try {
      FileLock taken = channel.tryLock();
      return taken != null;
    } catch (OverlappingFileLockException e) {
      return false;
    }
  }

  /** What keeps a directory from being created, told after the reason: the nearest existing directory above it. */
  private static String inTheWay(Path directory) {
    Path above = directory.getParent();
    while (above != null && !Files.exists(above)) {
      above = above.getParent();
    }
    if (above == null) {
      return "";
    }
    if (!Files.isDirectory(above)) {
      return " (" + above + " is a file)";
    }
    return Files.isWritable(above) ? "" : " (" + above + " is not writable)";
  }

  private static OutputException busy(Path shown) {
    return new OutputException(shown + ": another McDewey run is writing this directory; try again when it is done");
  }

  private static boolean exists(Path path) {
    return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
  }

  /** Deletes a directory when it is empty; whether it did. */
  private static boolean deleteIfEmpty(Path directory) throws IOException {
    if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try {
      Files.delete(directory);
      return true;
    } catch (DirectoryNotEmptyException e) {
      return false;
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!exists(root)) {
      return;
    }
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(root)) {
      paths = walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList();
    }
    for (Path path : paths) {
      Files.deleteIfExists(path);
    }
  }
}
