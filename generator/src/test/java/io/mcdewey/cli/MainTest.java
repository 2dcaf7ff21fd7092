package io.mcdewey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.testing.Repository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  @TempDir
  Path dir;

  @Test
  void withoutArgumentsShowsTheCommandsAsAUsageError() {
    ToolRun run = ToolRun.of();

    assertEquals(ExitCode.USAGE, run.exitCode());
    assertTrue(run.err().startsWith("Usage: mcdewey <command>"), run.transcript());
    assertTrue(run.err().contains("  inspect  "), run.transcript());
    assertTrue(run.err().contains("  model  "), run.transcript());
    assertTrue(run.err().contains("  openapi  "), run.transcript());
    assertTrue(run.err().contains("  score  "), run.transcript());
  }

  @Test
  void helpShowsTheCommands() {
    for (String help : new String[] {"--help", "-h", "help"}) {
      ToolRun run = ToolRun.of(help);

      assertEquals(ExitCode.OK, run.exitCode(), run.transcript());
      assertTrue(run.out().startsWith("Usage: mcdewey <command>"), run.transcript());
    }
  }

  @Test
  void printsTheVersionTheBuildRecorded() {
    ToolRun run = ToolRun.of("--version");

    assertEquals(ExitCode.OK, run.exitCode());
    assertTrue(run.out().matches("mcdewey \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n"), run.transcript());
  }

  @Test
  void everyCommandTheOverviewListsIsFoundByItsName() {
    String overview = ToolRun.of("--help").out();
    String commands = overview.substring(overview.indexOf("Commands:\n") + "Commands:\n".length(),
        overview.indexOf("\n\n", overview.indexOf("Commands:\n")));

    assertEquals(6, commands.lines().count(), overview);
    commands.lines().map(line -> line.strip().split(" ")[0]).forEach(name -> {
      ToolRun help = ToolRun.of("help", name);
      assertTrue(help.out().startsWith("Usage: mcdewey " + name + " "), help.transcript());
    });
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"inspect", "model", "openapi", "score"}) {
      ToolRun run = ToolRun.of(command, "--help");
      ToolRun viaHelp = ToolRun.of("help", command);

      assertEquals(ExitCode.OK, run.exitCode(), run.transcript());
      assertTrue(run.out().startsWith("Usage: mcdewey " + command + " <input> [options]"), run.transcript());
      assertTrue(run.out().contains("  -h, --help"), run.transcript());
      assertEquals(run.out(), viaHelp.out());
    }
  }

  @Test
  void refusesAnUnknownCommand() {
    ToolRun run = ToolRun.of("genrate", "guide.md");

    assertEquals(ExitCode.USAGE, run.exitCode());
    assertEquals("mcdewey: unknown command 'genrate'\nRun 'mcdewey --help' for the commands.\n", run.err());
  }

  @Test
  void refusesAnUnknownOption() {
    ToolRun run = ToolRun.of("inspect", "guide.md", "--profle", "x");

    assertEquals(ExitCode.USAGE, run.exitCode());
    assertEquals("mcdewey inspect: unknown option '--profle'\nRun 'mcdewey inspect --help' for usage.\n", run.err());
  }

  @Test
  void refusesAMissingInput() {
    ToolRun run = ToolRun.of("inspect", "--profile", "generic-markdown");

    assertEquals(ExitCode.USAGE, run.exitCode());
    assertTrue(run.err().startsWith("mcdewey inspect: missing <input>\n"), run.transcript());
  }

  @Test
  void refusesAnOptionWithoutItsValue() {
    ToolRun run = ToolRun.of("inspect", "guide.md", "--profile");

    assertEquals(ExitCode.USAGE, run.exitCode());
    assertTrue(run.err().startsWith("mcdewey inspect: option '--profile' needs a value (NAME)\n"), run.transcript());
  }

  @Test
  void refusesASecondInput() {
    ToolRun run = ToolRun.of("inspect", "a.md", "b.md");

    assertEquals(ExitCode.USAGE, run.exitCode());
    assertTrue(run.err().startsWith("mcdewey inspect: unexpected argument 'b.md'\n"), run.transcript());
  }

  @Test
  void namesAnInputThatCannotBeReadWithoutAStackTrace() {
    Path missing = dir.resolve("missing.md");

    ToolRun run = ToolRun.of("inspect", missing.toString());

    assertEquals(ExitCode.USAGE, run.exitCode());
    assertEquals("mcdewey inspect: " + missing + ": no such file or directory\n", run.err());
    assertFalse(run.err().contains("Exception"), run.transcript());
  }

  @Test
  void inspectsAWebPage() {
    String page = Repository.file("generator/src/test/resources/io/mcdewey/parse/html/sphinx-pets.html").toString();

    ToolRun run = ToolRun.of("inspect", page);

    assertEquals(ExitCode.OK, run.exitCode(), run.transcript());
    assertTrue(run.out().contains("title     Pets API\n"), run.transcript());
    assertTrue(run.out().contains("GET     /kennels/{kennel_id}/pets"), run.transcript());
    assertTrue(run.out().contains("PUT     /kennels/{kennel_id}/pets/{pet_id}"), run.transcript());
  }

  @Test
  void namesTheLineOfAWebPageThatIsNotUtf8WithoutAStackTrace() throws IOException {
    Path page = dir.resolve("page.html");
    Files.write(page, new byte[] {'<', 'h', '1', '>', 'x', '\n', '<', 'p', '>', (byte) 0xff, '\n'});

    ToolRun run = ToolRun.of("inspect", page.toString());

    assertEquals(ExitCode.USAGE, run.exitCode());
    assertEquals("mcdewey inspect: " + page + ":2: not UTF-8 text (bad byte at offset 9)\n", run.err());
  }

  @Test
  void namesAnUnknownProfileAndTheKnownOnes() {
    ToolRun run = ToolRun.of("inspect", "guide.md", "--profile", "nobody");

    assertEquals(ExitCode.USAGE, run.exitCode());
    assertTrue(run.err().startsWith("mcdewey inspect: unknown profile 'nobody'; known: "), run.transcript());
    assertTrue(run.err().contains("generic-markdown"), run.transcript());
  }
}
