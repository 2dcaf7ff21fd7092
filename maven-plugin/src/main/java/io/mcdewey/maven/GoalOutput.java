package io.mcdewey.maven;

import io.mcdewey.files.AtomicFile;
import io.mcdewey.files.FileErrors;
import io.mcdewey.files.SameFile;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/** Writing a goal's output file: whole or not at all, and never over a file the goal read. */
final class GoalOutput {
  private GoalOutput() {}

  /**
   * Writes the text in one step, creating missing folders.
   *
   * @param what what the file holds, for messages ({@code description})
   * @param read the files the goal read; {@code null} entries stand for parameters not set
   * @throws MojoFailureException when the file is one the goal read
   * @throws MojoExecutionException when the file cannot be written; it is then as it was
   */
  static void write(File file, String text, String what, List<File> read)
      throws MojoFailureException, MojoExecutionException {
    if (SameFile.isAny(file.toPath(), read.stream().filter(Objects::nonNull).map(File::toPath).toList())) {
      throw new MojoFailureException(file + ": is read by this goal; McDewey never writes over its input");
    }
    boolean existed = Files.isRegularFile(file.toPath());
    try {
      AtomicFile.write(file.toPath(), text);
    } catch (IOException e) {
      throw new MojoExecutionException(file + ": cannot write the " + what + ": " + FileErrors.reason(e)
          + (existed ? "; the file is as it was" : ""), e);
    }
  }
}
