package io.mcdewey.codegen.output;

import static io.mcdewey.codegen.output.OutputTrees.NEW;
import static io.mcdewey.codegen.output.OutputTrees.OLD;
import static io.mcdewey.testing.DirectorySnapshot.contents;
import static io.mcdewey.testing.DirectorySnapshot.withTimes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write killed ({@code kill -9}) in the middle, in a process of its own: the output is then restored by the next
 * run, and while the write lives no other run touches the output.
 */
class OutputDirectoryKillTest {
  @TempDir Path temp;

  @Test
  void aWriteKilledAfterAnyRenameIsUndoneByTheNextRun() throws Exception {
    int renames = OutputTrees.renamesOfAWrite(temp.resolve("counted"));
    for (int pauseAfter : List.of(1, renames / 2, renames)) {
      Path out = temp.resolve("out-" + pauseAfter);
      new OutputDirectory(out).write(OLD);
      Map<String, String> before = withTimes(out);
      Process writer = pausedWriter(out, pauseAfter);

      writer.destroyForcibly().waitFor();

      assertTrue(Files.isDirectory(out.resolve(OutputJournal.RUN)), "killed in the middle of the write");
      assertTrue(new OutputDirectory(out).recover());
      assertEquals(before, withTimes(out), "killed after rename " + pauseAfter + " of " + renames);
    }
  }

  @Test
  void noOtherRunWritesTheOutputWhileAWriteLives() throws Exception {
    Path out = temp.resolve("out");
    new OutputDirectory(out).write(OLD);
    Process writer = pausedWriter(out, 2);
    try {
      OutputException busy = assertThrows(OutputException.class, () -> new OutputDirectory(out).write(OLD));

      assertEquals(out + ": another McDewey run is writing this directory; try again when it is done",
          busy.getMessage());
    } finally {
      writer.destroyForcibly().waitFor();
    }
    new OutputDirectory(out).write(NEW);
    assertEquals(OutputTrees.written(NEW, temp.resolve("reference")), contents(out));
  }

  /** A process writing {@link OutputTrees#NEW} into {@code out}, stopped for good after a number of renames. */
  private static Process pausedWriter(Path out, int pauseAfter) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), PausingOutputWrite.class.getName(), out.toString(),
        Integer.toString(pauseAfter))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    BufferedReader said = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line = said.readLine();
    if (!PausingOutputWrite.PAUSED.equals(line)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("the writer ended before it paused, saying " + line);
    }
    return process;
  }
}
