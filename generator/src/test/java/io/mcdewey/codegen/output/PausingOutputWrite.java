package io.mcdewey.codegen.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A process that writes {@link OutputTrees#NEW} over the output in a directory and, right after its Nth rename,
 * says {@value #PAUSED} and waits for good: to be killed there, in the middle of the write.
 */
final class PausingOutputWrite {
  static final String PAUSED = "paused";

  private PausingOutputWrite() {}

  /** Arguments: the output directory, and after how many renames to stop. */
  public static void main(String[] args) throws IOException {
    int pauseAfter = Integer.parseInt(args[1]);
    FileMoves pausing = new FileMoves() {
      private int count;

      @Override
      public void move(Path from, Path to) throws IOException {
        ATOMIC.move(from, to);
        if (++count == pauseAfter) {
          System.out.println(PAUSED);
          System.out.flush();
          waitForGood();
        }
      }
    };
    new OutputDirectory(Path.of(args[0]), pausing).write(OutputTrees.NEW);
  }

  private static void waitForGood() throws IOException {
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while paused", e);
    }
  }
}
