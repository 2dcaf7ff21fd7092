package io.mcdewey.codegen.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** How an output directory renames a file: in one step. Tests put a failing one in its place. */
@FunctionalInterface
interface FileMoves {

  /** Renames in one step, replacing a file at {@code to}; the file system must be the same. */
  FileMoves ATOMIC = (from, to) -> Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);

  void move(Path from, Path to) throws IOException;
}
