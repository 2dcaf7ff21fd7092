package io.mcdewey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.json.Json;
import io.mcdewey.testing.Repository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
  private static final String OLD = Repository.file(
      "samples/diff/guides/northwind/v4.0/contact-center-guide/contact-center-guide.md").toString();
  private static final String NEW = Repository.file(
      "samples/diff/guides/northwind/v4.1/contact-center-guide/contact-center-guide.md").toString();
  private static final String PROFILE = Repository.file("samples/guides/northwind/northwind-profile.json").toString();

  @TempDir
  Path dir;

  @Test
  void printsTheTextReportAndFailsOnErrorsByDefault() {
    ToolRun run = ToolRun.of("diff", OLD, NEW, "--profile-file", PROFILE);

    assertEquals(ExitCode.FAILED, run.exitCode(), run.transcript());
    assertTrue(run.out().startsWith("API changes: northwind v4.0 -> northwind v4.1\n"), run.transcript());
    assertTrue(run.out().contains("\n  error    operation removed\n"), run.transcript());
    assertEquals("mcdewey diff: 12 changes at or above error (--fail-on ERROR)\n", run.err());
  }

  @Test
  void failsOnNothingWhenToldSo() {
    ToolRun run = ToolRun.of("diff", OLD, NEW, "--profile-file", PROFILE, "--fail-on", "none");

    assertEquals(ExitCode.OK, run.exitCode(), run.transcript());
    assertEquals("", run.err());
  }

  @Test
  void failsOnWarningsWhenToldSo() {
    ToolRun run = ToolRun.of("diff", OLD, NEW, "--profile-file", PROFILE, "--fail-on", "WARNING");

    assertEquals(ExitCode.FAILED, run.exitCode(), run.transcript());
    assertEquals("mcdewey diff: 18 changes at or above warning (--fail-on WARNING)\n", run.err());
  }

  @Test
  void failsOnChangesThatMayBreakTheGeneratedSdkWhenToldSo() {
    ToolRun run = ToolRun.of("diff", OLD, NEW, "--profile-file", PROFILE, "--fail-on", "none", "--fail-on-sdk",
        "source");

    assertEquals(ExitCode.FAILED, run.exitCode(), run.transcript());
    assertEquals("mcdewey diff: 15 changes may break the source compatibility of the generated SDK"
        + " (--fail-on-sdk SOURCE)\n", run.err());
  }

  @Test
  void anUnknownFailOnSdkIsAUsageError() {
    ToolRun run = ToolRun.of("diff", OLD, NEW, "--fail-on-sdk", "link");

    assertEquals(ExitCode.USAGE, run.exitCode(), run.transcript());
    assertTrue(run.err().startsWith("mcdewey diff: --fail-on-sdk takes BINARY, SOURCE or NONE, not 'link'\n"),
        run.transcript());
  }

  @Test
  void aReleaseAgainstItselfPasses() {
    ToolRun run = ToolRun.of("diff", OLD, OLD, "--profile-file", PROFILE, "--fail-on", "info");

    assertEquals(ExitCode.OK, run.exitCode(), run.transcript());
    assertTrue(run.out().endsWith("\nno changes\n"), run.transcript());
  }

  @Test
  void printsTheChosenFormat() {
    ToolRun run = ToolRun.of("diff", OLD, NEW, "--profile-file", PROFILE, "--format", "json", "--fail-on", "none");

    Map<String, Object> report = Json.parseObject(run.out());
    assertEquals("mcdewey-diff", report.get("format"));
  }

  @Test
  void writesTheReportInTheFormatTheFileNameSaysAndStillPrintsText() throws IOException {
    Path output = dir.resolve("reports/api-diff.md");

    ToolRun run = ToolRun.of("diff", OLD, NEW, "--profile-file", PROFILE, "-o", output.toString());

    assertEquals(ExitCode.FAILED, run.exitCode(), run.transcript());
    assertTrue(Files.readString(output).startsWith("### API changes: northwind v4.0 → northwind v4.1\n"));
    assertTrue(run.out().startsWith("API changes: "), run.transcript());
    assertTrue(run.out().endsWith("\nwrote " + output + " (md)\n"), run.transcript());
  }

  @Test
  void anExplicitFormatWinsOverTheFileName() throws IOException {
    Path output = dir.resolve("api-diff.txt");

    ToolRun run = ToolRun.of("diff", OLD, NEW, "--profile-file", PROFILE, "-o", output.toString(), "--format",
        "html", "--fail-on", "none");

    assertEquals(ExitCode.OK, run.exitCode(), run.transcript());
    assertTrue(Files.readString(output).startsWith("<!DOCTYPE html>"));
  }

  @Test
  void readsStoredModels() throws IOException {
    Path oldModel = dir.resolve("old.json");
    Path newModel = dir.resolve("new.json");
    ToolRun.of("model", OLD, "--profile-file", PROFILE, "-o", oldModel.toString());
    ToolRun.of("model", NEW, "--profile-file", PROFILE, "-o", newModel.toString());

    ToolRun fromModels = ToolRun.of("diff", oldModel.toString(), newModel.toString(), "--fail-on", "none");
    ToolRun fromGuides = ToolRun.of("diff", OLD, NEW, "--profile-file", PROFILE, "--fail-on", "none");

    assertEquals(fromGuides.out().lines().skip(3).toList(), fromModels.out().lines().skip(3).toList());
  }

  @Test
  void neverWritesTheReportOverARelease() throws IOException {
    Path oldModel = dir.resolve("old.json");
    ToolRun.of("model", OLD, "--profile-file", PROFILE, "-o", oldModel.toString());
    String model = Files.readString(oldModel);

    ToolRun run = ToolRun.of("diff", oldModel.toString(), NEW, "--profile-file", PROFILE, "-o", oldModel.toString());

    assertEquals(ExitCode.USAGE, run.exitCode(), run.transcript());
    assertEquals("mcdewey diff: " + oldModel + ": is read by this command; McDewey never writes over its input\n",
        run.err());
    assertEquals(model, Files.readString(oldModel));
  }

  @Test
  void severitiesComeFromTheConfiguration() throws IOException {
    Path config = dir.resolve("diff.json");
    Files.writeString(config, "{\"severities\": {\"operation-renamed\": \"error\"}}");

    ToolRun run = ToolRun.of("diff", OLD, NEW, "--profile-file", PROFILE, "--config", config.toString());

    assertEquals("mcdewey diff: 13 changes at or above error (--fail-on ERROR)\n", run.err());
    assertTrue(run.out().contains("\n  error    operation renamed: "), run.transcript());
  }

  @Test
  void aBadConfigurationIsAnInputErrorNamingTheFile() throws IOException {
    Path config = dir.resolve("diff.json");
    Files.writeString(config, "{\"severities\": {\"operation-moved\": \"error\"}}");

    ToolRun run = ToolRun.of("diff", OLD, NEW, "--config", config.toString());

    assertEquals(ExitCode.USAGE, run.exitCode());
    assertTrue(run.err().startsWith("mcdewey diff: " + config + ": unknown change kind \"operation-moved\""),
        run.transcript());
  }

  @Test
  void anUnknownFailOnIsAUsageError() {
    ToolRun run = ToolRun.of("diff", OLD, NEW, "--fail-on", "fatal");

    assertEquals(ExitCode.USAGE, run.exitCode());
    assertTrue(run.err().startsWith("mcdewey diff: --fail-on takes ERROR, WARNING, INFO or NONE, not 'fatal'\n"),
        run.transcript());
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    ToolRun run = ToolRun.of("diff", OLD, NEW, "--format", "pdf");

    assertEquals(ExitCode.USAGE, run.exitCode());
    assertTrue(run.err().startsWith("mcdewey diff: --format takes text, md, json or html, not 'pdf'\n"),
        run.transcript());
  }

  @Test
  void needsBothReleases() {
    ToolRun run = ToolRun.of("diff", OLD);

    assertEquals(ExitCode.USAGE, run.exitCode());
    assertTrue(run.err().startsWith("mcdewey diff: missing <new>\n"), run.transcript());
  }

  @Test
  void aMissingReleaseIsAnInputError() {
    Path absent = dir.resolve("absent.md");

    ToolRun run = ToolRun.of("diff", OLD, absent.toString());

    assertEquals(ExitCode.USAGE, run.exitCode());
    assertEquals("mcdewey diff: " + absent + ": no such file or directory\n", run.err());
  }

  @Test
  void helpListsTheGateOptions() {
    ToolRun run = ToolRun.of("diff", "--help");

    assertTrue(run.out().startsWith("Usage: mcdewey diff <old> <new> [options]\n"), run.transcript());
    assertTrue(run.out().contains("--fail-on SEVERITY"), run.transcript());
  }
}
