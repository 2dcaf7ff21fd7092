package io.mcdewey.codegen.output;

import java.util.Locale;

/**
 * One step of a run's changes to an output directory, as its journal lists it: one line, {@code kind index path}
 * parted by tabs.
 *
 * @param kind what the step does
 * @param index the step's number, which names its staged file and the file it moves aside
 * @param path the file or directory it concerns, relative to the output directory
 */
record OutputStep(Kind kind, int index, String path) {

  /** What a step does. */
  enum Kind {
    /** Moves a file of an earlier run aside. */
    DELETE("cannot remove"),
    /** Creates a directory a new file goes in. */
    MAKE_DIRECTORY("cannot create the directory"),
    /** Moves a staged file into a free place. */
    ADD("cannot write"),
    /** Moves the file in the place aside, then the staged file into the place. */
    REPLACE("cannot write");

    private final String failure;

    Kind(String failure) {
      this.failure = failure;
    }
  }

  /** What the step could not do, for messages: {@code cannot write}. */
  String failure() {
    return kind.failure;
  }

  String line() {
    return kind.name().toLowerCase(Locale.ROOT) + "\t" + index + "\t" + path;
  }

  /**
   * Reads a line {@link #line} wrote.
   *
   * @throws IllegalArgumentException when the line is not one
   */
  static OutputStep parse(String line) {
    String[] parts = line.split("\t", 3);
    if (parts.length != 3 || !GeneratedFile.isRelativePath(parts[2])) {
      throw new IllegalArgumentException("not a step of an output journal: " + line);
    }
    return new OutputStep(Kind.valueOf(parts[0].toUpperCase(Locale.ROOT)), Integer.parseInt(parts[1]), parts[2]);
  }
}
