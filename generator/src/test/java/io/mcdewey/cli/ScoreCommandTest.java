package io.mcdewey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {

  @TempDir
  Path dir;

  private Path guide;
  private Path key;

  @BeforeEach
  void writeGuideAndKey() throws IOException {
    guide = write("notes.md", "# Release notes\n\nNothing but prose here.\n");
    key = write("answers.jsonl",
        "{\"title\": \"Widget—Get\", \"method\": \"GET\", \"path\": \"/widgets/{id}\", \"params\": [{\"name\": \"id\","
            + " \"required\": true}], \"responses\": [200, 404]}\n"
            + "{\"title\": \"Widget—Delete\", \"method\": null, \"path\": null, \"params\": null, \"responses\": null}\n");
  }

  @Test
  void printsTheFiguresPerMetric() {
    ToolRun run = ToolRun.of("score", guide.toString(), "--key", key.toString());

    assertEquals(ExitCode.OK, run.exitCode(), run.transcript());
    assertEquals(""
        + "guide   " + guide + " (profile generic-markdown)\n"
        + "key     " + key + ": 2 entries\n"
        + "\n"
        + "             key  found  correct  precision  recall     F1  floor\n"
        + "operations     2      0        0          -   0.000  0.000\n"
        + "method+path    2      0        0          -   0.000  0.000\n"
        + "parameters     1      0        0          -   0.000  0.000\n"
        + "responses      2      0        0          -   0.000  0.000\n"
        + "\n"
        + "found 0 of 2 key entries (0 agree on every labelled field, 0 differ); 2 not found; 0 operations not in the"
        + " key\n"
        + "run with --verbose for the details\n",
        run.out());
  }

  @Test
  void exitsWithOneWhenAFigureIsBelowItsFloor() {
    ToolRun run = ToolRun.of("score", guide.toString(), "--key", key.toString(), "--min-operations", "0.5",
        "--min-responses=0");

    assertEquals(ExitCode.FAILED, run.exitCode(), run.transcript());
    assertTrue(run.out().contains("\noperations     2      0        0          -   0.000  0.000  0.500 BELOW\n"),
        run.transcript());
    assertTrue(run.out().contains("\nresponses      2      0        0          -   0.000  0.000        0.000\n"),
        run.transcript());
    assertEquals("below the floor: operations F1 0.000 < 0.500\n", run.err());
  }

  @Test
  void listsTheDetailsWhenVerbose() {
    ToolRun run = ToolRun.of("score", guide.toString(), "--key", key.toString(), "-v");

    assertTrue(run.out().endsWith("\nnot found (2):\n"
        + "  Widget—Get (key line 1)\n"
        + "  Widget—Delete (key line 2)\n"), run.transcript());
  }

  @Test
  void saysHowManyKeyFieldsTheErrataSetAside() throws IOException {
    Path errata = write("errata.jsonl",
        "{\"key\": \"answers.jsonl\", \"title\": \"Widget—Get\", \"field\": \"responses\", \"shows\": [200]}\n"
            + "{\"key\": \"other/answers.jsonl\", \"title\": \"X\", \"field\": \"path\", \"shows\": \"/x\"}\n");

    ToolRun run = ToolRun.of("score", guide.toString(), "--key", key.toString(), "--errata", errata.toString(),
        "--verbose");

    assertTrue(run.out().contains("\nerrata  " + errata + ": set aside 1 key field (1 for other keys)\n"),
        run.transcript());
    assertTrue(run.out().contains("\nresponses      0      0        0"), run.transcript());
    assertTrue(run.out().endsWith("\nset aside by errata (1):\n  Widget—Get: responses (errata line 1)\n"),
        run.transcript());
  }

  @Test
  void needsAKey() {
    ToolRun run = ToolRun.of("score", guide.toString());

    assertEquals(ExitCode.USAGE, run.exitCode());
    assertTrue(run.err().startsWith("mcdewey score: missing option --key FILE\n"), run.transcript());
  }

  @Test
  void namesAKeyThatCannotBeRead() {
    ToolRun run = ToolRun.of("score", guide.toString(), "--key", dir.resolve("none.jsonl").toString());

    assertEquals(ExitCode.USAGE, run.exitCode());
    assertEquals("mcdewey score: " + dir.resolve("none.jsonl") + ": no such file\n", run.err());
  }

  @Test
  void refusesAFloorThatIsNotAnF1() {
    for (String floor : new String[] {"1.5", "-0.1", "high", "NaN"}) {
      ToolRun run = ToolRun.of("score", guide.toString(), "--key", key.toString(), "--min-parameters", floor);

      assertEquals(ExitCode.USAGE, run.exitCode(), run.transcript());
      assertTrue(run.err().startsWith("mcdewey score: --min-parameters takes an F1 between 0 and 1, not '" + floor
          + "'\n"), run.transcript());
    }
  }

  @Test
  void needsExactlyOneGuide() throws IOException {
    write("library/widgets/v1/api/api.md", "# Widgets\n");
    write("library/gadgets/v1/api/api.md", "# Gadgets\n");

    ToolRun run = ToolRun.of("score", dir.resolve("library").toString(), "--key", key.toString());

    assertEquals(ExitCode.USAGE, run.exitCode());
    assertTrue(run.err().startsWith("mcdewey score: " + dir.resolve("library") + " holds 2 guides ("),
        run.transcript());
    assertTrue(run.err().endsWith("); give the path of one of them\n"), run.transcript());
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }
}
