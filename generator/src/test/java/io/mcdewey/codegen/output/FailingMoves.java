package io.mcdewey.codegen.output;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * Renames as the file system does, but fails the Nth rename as a full disk would, and with {@code failingAfter} every
 * rename after it too. Counts the renames it was asked for.
 */
final class FailingMoves implements FileMoves {
  private final int failing;
  private final boolean failingAfter;
  private int count;

  FailingMoves(int failing, boolean failingAfter) {
    this.failing = failing;
    this.failingAfter = failingAfter;
  }

  /** Renames that never fail, to count how many a write takes. */
  static FailingMoves counting() {
    return new FailingMoves(0, false);
  }

  @Override
  public void move(Path from, Path to) throws IOException {
    count++;
    if (count == failing || failingAfter && count > failing && failing > 0) {
      throw new FileSystemException(from.toString(), to.toString(), "No space left on device");
    }
    ATOMIC.move(from, to);
  }

  int count() {
    return count;
  }
}
