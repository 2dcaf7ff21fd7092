package io.mcdewey.codegen.output;

import static io.mcdewey.codegen.output.OutputTrees.NEW;
import static io.mcdewey.codegen.output.OutputTrees.OLD;
import static io.mcdewey.testing.DirectorySnapshot.contents;
import static io.mcdewey.testing.DirectorySnapshot.withTimes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fault injection on the renames of a write: whatever rename fails, the output is the old one or the new one. */
class OutputDirectoryFailureTest {
  @TempDir Path temp;

  @Test
  void aFailedRenameAtAnyStepLeavesThePreviousOutputAsItWas() throws IOException {
    int renames = OutputTrees.renamesOfAWrite(temp.resolve("counted"));
    assertTrue(renames >= 5, "the write takes " + renames + " renames");
    for (int failing = 1; failing <= renames; failing++) {
      assertFailingRenameKeepsThePreviousOutput(failing);
    }
  }

  private void assertFailingRenameKeepsThePreviousOutput(int failing) throws IOException {
    Path out = temp.resolve("out-" + failing);
    new OutputDirectory(out).write(OLD);
    Map<String, String> before = withTimes(out);

    OutputException failure = assertThrows(OutputException.class,
        () -> new OutputDirectory(out, new FailingMoves(failing, false)).write(NEW));

    assertEquals(before, withTimes(out), "rename " + failing + " failed: " + failure.getMessage());
    assertTrue(failure.getMessage().endsWith(": No space left on device; the previous output is kept"),
        failure.getMessage());
    assertTrue(failure.getMessage().startsWith(out.toString()), failure.getMessage());
    assertFalse(failure.getMessage().contains(OutputJournal.RUN), failure.getMessage());
  }

  @Test
  void whenUndoingFailsTooTheNextRunRestoresThePreviousOutputFirst() throws IOException {
    Path out = temp.resolve("out");
    new OutputDirectory(out).write(OLD);
    Map<String, String> before = withTimes(out);

    OutputException failure = assertThrows(OutputException.class,
        () -> new OutputDirectory(out, new FailingMoves(3, true)).write(NEW));

    assertTrue(failure.getMessage().endsWith("the previous output could not be restored yet (No space left on"
        + " device), the next run restores it"), failure.getMessage());
    assertTrue(Files.isDirectory(out.resolve(OutputJournal.RUN)), "the steps are kept for the next run");

    OutputDirectory.Result again = new OutputDirectory(out).write(OLD);

    assertEquals(List.of(), again.written(), "the output was restored before the run compared it");
    assertEquals(OLD.stream().map(GeneratedFile::path).toList(), again.unchanged());
    assertEquals(before, withTimes(out));
  }

  @Test
  void aReaderRestoresTheOutputOfAFailedRunBeforeReadingIt() throws IOException {
    Path out = temp.resolve("out");
    new OutputDirectory(out).write(OLD);
    Map<String, String> before = withTimes(out);
    assertThrows(OutputException.class, () -> new OutputDirectory(out, new FailingMoves(4, true)).write(NEW));

    assertTrue(new OutputDirectory(out).recover());

    assertEquals(before, withTimes(out));
    assertFalse(new OutputDirectory(out).recover(), "nothing is left to recover");
  }

  @Test
  void aFailedFirstRunLeavesNoDirectory() throws IOException {
    Path out = temp.resolve("new");

    assertThrows(OutputException.class, () -> new OutputDirectory(out, new FailingMoves(2, false)).write(NEW));

    assertFalse(Files.exists(out));
  }

  @Test
  void theNextRunWritesTheNewOutputWholeAfterAFailure() throws IOException {
    Path out = temp.resolve("out");
    new OutputDirectory(out).write(OLD);
    assertThrows(OutputException.class, () -> new OutputDirectory(out, new FailingMoves(2, true)).write(NEW));

    new OutputDirectory(out).write(NEW);

    assertEquals(OutputTrees.written(NEW, temp.resolve("reference")), contents(out));
  }
}
