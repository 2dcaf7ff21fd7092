package io.mcdewey.cli;

import io.mcdewey.files.AtomicFile;
import io.mcdewey.files.FileErrors;
import io.mcdewey.files.SameFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writing a command's output file: whole or not at all, and never over what the command read. */
final class OutputFile {
  private OutputFile() {}

  /**
   * Writes the text in one step, creating missing folders; a failure is reported by file and reason, and leaves the
   * file as it was.
   *
   * @param inputs the files the command read, which it refuses to write over
   */
  static void write(Path output, String text, List<Path> inputs) throws CommandException {
    if (SameFile.isAny(output, inputs)) {
      throw new CommandException(output + ": is read by this command; McDewey never writes over its input");
    }
    boolean existed = Files.isRegularFile(output);
    try {
      AtomicFile.write(output, text);
    } catch (IOException e) {
      throw new CommandException(output + ": cannot write: " + FileErrors.reason(e)
          + (existed ? "; the file is as it was" : ""));
    }
  }
}
