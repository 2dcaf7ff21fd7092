package io.mcdewey.maven;

import io.mcdewey.codegen.output.GeneratedFile;
import io.mcdewey.codegen.output.OutputDirectory;
import io.mcdewey.files.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a generating run leaves for the next one to compare with: the fingerprint of its inputs, and of the output it
 * wrote, so that an output deleted or edited since is written again.
 *
 * @param inputs the fingerprint of the guide, profile, templates, configuration and generator
 * @param outputs the fingerprint of the files listed in the output's manifest, as they were written
 */
record LastRun(String inputs, String outputs) {

  /** The run recorded in {@code file}, or {@code null} when there is none that can be read. */
  static LastRun read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.size() != 2 || !lines.get(0).startsWith("inputs ") || !lines.get(1).startsWith("outputs ")) {
      return null;
    }
    return new LastRun(lines.get(0).substring("inputs ".length()), lines.get(1).substring("outputs ".length()));
  }

  void save(Path file) throws IOException {
    AtomicFile.write(file, "inputs " + inputs + "\noutputs " + outputs + "\n");
  }

  /**
   * The fingerprint of the files an earlier run generated in {@code directory}, as listed in its manifest, or
   * {@code null} when there is no manifest.
   */
  static String outputsOf(Path directory) throws IOException {
    Path manifest = directory.resolve(OutputDirectory.MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return null;
    }
    Fingerprint fingerprint = Fingerprint.start().file(OutputDirectory.MANIFEST, manifest);
    for (String path : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
      if (GeneratedFile.isRelativePath(path)) {
        fingerprint.file(path, directory.resolve(path));
      }
    }
    return fingerprint.hex();
  }
}
