package io.mcdewey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs past what McDewey reads, or that would keep it reading for good, are refused with a message, never with an
 * exception, an exhausted memory or a hang.
 */
class InputBoundsTest {
  private static final String RAISE = "; a larger limit is set with --max-input-size, the system property"
      + " mcdewey.maxInputSize or the environment variable MCDEWEY_MAX_INPUT_SIZE\n";

  @TempDir
  Path dir;

  @Test
  void refusesAnInputWithoutEnd() {
    assumeTrue(Files.isReadable(Path.of("/dev/zero")), "a system with /dev/zero");

    ToolRun run = ToolRun.of("inspect", "/dev/zero");

    assertEquals(ExitCode.USAGE, run.exitCode(), run.transcript());
    assertEquals("mcdewey inspect: /dev/zero: the input goes on past the input limit of 64 MiB" + RAISE, run.err());
  }

  @Test
  void refusesAGuidePastTheLimitTheUserSets() throws IOException {
    Path guide = Files.writeString(dir.resolve("guide.md"), "# Widgets\n\n" + "GET /widgets\n".repeat(200));

    ToolRun run = ToolRun.of("model", guide.toString(), "-o", dir.resolve("model.json").toString(),
        "--max-input-size", "1K");

    assertEquals(ExitCode.USAGE, run.exitCode(), run.transcript());
    assertEquals("mcdewey model: " + guide + ": the file holds over 2 KiB, past the input limit of 1 KiB" + RAISE,
        run.err());
  }

  @Test
  void refusesALimitThatIsNotASize() {
    ToolRun run = ToolRun.of("inspect", "guide.md", "--max-input-size", "lots");

    assertEquals(ExitCode.USAGE, run.exitCode(), run.transcript());
    assertEquals("mcdewey inspect: --max-input-size: 'lots' is not a size; give bytes, or a number with K, M or G"
        + " such as 64M\nRun 'mcdewey inspect --help' for usage.\n", run.err());
  }

  @Test
  void refusesAPageNumberPastTheRangeOfPages() throws IOException {
    Path chunks = Files.writeString(dir.resolve("guide.jsonl"),
        "{\"chunk_id\": \"g::1\", \"text\": \"GET /a\", \"page\": 1}\n"
            + "{\"chunk_id\": \"g::2\", \"text\": \"GET /b\", \"page\": 2147483648}\n");

    ToolRun run = ToolRun.of("inspect", chunks.toString());

    assertEquals(ExitCode.USAGE, run.exitCode(), run.transcript());
    assertEquals("mcdewey inspect: " + chunks + ":2: field 'page' must be a whole number from 0 to 2147483647 or"
        + " null, not 2147483648\n", run.err());
  }

  @Test
  void stopsAProfilePatternThatWouldBacktrackForGood() throws IOException {
    Path profile = Files.writeString(dir.resolve("hostile.json"),
        "{\"name\": \"hostile\", \"layout\": \"markdown\", \"detect\": [\"(x+x+)+y\"]}");
    Path guide = Files.writeString(dir.resolve("guide.md"), "# Widgets\n\n" + "x".repeat(2000) + "\n");

    ToolRun run = ToolRun.of("inspect", guide.toString(), "--profile-file", profile.toString());

    assertEquals(ExitCode.USAGE, run.exitCode(), run.transcript());
    assertEquals("mcdewey inspect: " + guide + ": cannot be read: " + profile + ", member 'detect': the pattern"
        + " (x+x+)+y was stopped after matching 1000 ms on a text of 2012 characters; a pattern that can match one"
        + " text in many ways, such as a repeat inside a repeat, needs rewriting\n", run.err());
  }
}
