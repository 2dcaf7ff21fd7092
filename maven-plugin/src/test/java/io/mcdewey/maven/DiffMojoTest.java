package io.mcdewey.maven;

import static io.mcdewey.maven.MojoParameters.set;
import static io.mcdewey.maven.TestGuides.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.export.ModelJson;
import io.mcdewey.json.Json;
import io.mcdewey.parse.Guides;
import io.mcdewey.parse.Profiles;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffMojoTest {
  private static final String RELEASES = "samples/diff/guides/northwind/";
  private static final File OLD = sample(RELEASES + "v4.0/contact-center-guide/contact-center-guide.md");
  private static final File NEW = sample(RELEASES + "v4.1/contact-center-guide/contact-center-guide.md");
  private static final File PROFILE = sample("samples/guides/northwind/northwind-profile.json");

  @TempDir
  Path output;

  private final RecordingLog log = new RecordingLog();

  @Test
  void aBreakingChangeFailsTheBuildAfterLoggingEveryChange() throws Exception {
    DiffMojo mojo = mojo(OLD, NEW);

    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

    assertEquals("12 changes at or above error (failOn ERROR) from northwind v4.0 to northwind v4.1",
        failure.getMessage());
    assertEquals("info: API changes from northwind v4.0 to northwind v4.1: 39 changes: 12 errors, 6 warnings, 21"
        + " info; 17 may break clients, 16 may break servers, 15 may break the generated SDK; suggested release:"
        + " major", log.lines.get(0));
    assertTrue(log.lines.contains("error: ReasonCode—Delete Reason Code (DELETE"
        + " /northwind/api/ReasonCode/{reasonCodeId}): operation removed"), log.lines.toString());
    assertEquals(12, log.lines.stream().filter(l -> l.startsWith("error: ")).count());
    assertEquals(6, log.lines.stream().filter(l -> l.startsWith("warn: ")).count());
  }

  @Test
  void writesTheReportsAskedForEvenWhenTheBuildFails() throws Exception {
    DiffMojo mojo = mojo(OLD, NEW);
    set(mojo, "markdownReport", output.resolve("diff/api-diff.md").toFile());
    set(mojo, "jsonReport", output.resolve("diff/api-diff.json").toFile());
    set(mojo, "htmlReport", output.resolve("diff/api-diff.html").toFile());

    assertThrows(MojoFailureException.class, mojo::execute);

    assertTrue(Files.readString(output.resolve("diff/api-diff.md")).startsWith("### API changes: "));
    assertEquals("mcdewey-diff", Json.parseObject(Files.readString(output.resolve("diff/api-diff.json")))
        .get("format"));
    assertTrue(Files.readString(output.resolve("diff/api-diff.html")).startsWith("<!DOCTYPE html>"));
    try (var files = Files.list(output.resolve("diff"))) {
      assertEquals(3, files.count(), "no temporary file is left behind");
    }
  }

  @Test
  void failOnNoneOnlyReports() throws Exception {
    DiffMojo mojo = mojo(OLD, NEW);
    set(mojo, "failOn", "none");

    mojo.execute();

    assertTrue(log.lines.get(0).startsWith("info: API changes from northwind v4.0 to northwind v4.1: 39 changes"));
  }

  @Test
  void failOnWarningCountsWarningsToo() throws Exception {
    DiffMojo mojo = mojo(OLD, NEW);
    set(mojo, "failOn", "WARNING");

    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

    assertTrue(failure.getMessage().startsWith("18 changes at or above warning (failOn WARNING)"));
  }

  @Test
  void failOnSdkFailsOnChangesThatMayBreakTheGeneratedSdk() throws Exception {
    DiffMojo mojo = mojo(OLD, NEW);
    set(mojo, "failOn", "NONE");
    set(mojo, "failOnSdk", "binary");

    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

    assertEquals("15 changes that may break the binary compatibility of the generated SDK (failOnSdk BINARY)"
        + " from northwind v4.0 to northwind v4.1", failure.getMessage());
  }

  @Test
  void anUnknownFailOnSdkFails() throws Exception {
    DiffMojo mojo = mojo(OLD, NEW);
    set(mojo, "failOnSdk", "LINK");

    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

    assertEquals("failOnSdk must be BINARY, SOURCE or NONE, not 'LINK'", failure.getMessage());
  }

  @Test
  void aReleaseAgainstItselfPasses() throws Exception {
    DiffMojo mojo = mojo(OLD, OLD);
    set(mojo, "failOn", "INFO");

    mojo.execute();

    assertEquals(List.of("info: API changes from northwind v4.0 to northwind v4.0: no changes"), log.lines);
  }

  @Test
  void comparesStoredModels() throws Exception {
    Guides guides = new Guides(Profiles.builtIn().with(PROFILE.toPath()), null);
    Path oldModel = output.resolve("old.json");
    Path newModel = output.resolve("new.json");
    Files.writeString(oldModel, ModelJson.write(guides.read(OLD.toPath()).get(0)));
    Files.writeString(newModel, ModelJson.write(guides.read(NEW.toPath()).get(0)));
    DiffMojo mojo = mojo(oldModel.toFile(), newModel.toFile());
    set(mojo, "profileFile", null);

    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

    assertTrue(failure.getMessage().startsWith("12 changes at or above error"), failure.getMessage());
  }

  @Test
  void theConfigurationSetsSeverities() throws Exception {
    Path config = output.resolve("diff.json");
    Files.writeString(config, "{\"severities\": {\"operation-removed\": \"warning\"}}");
    DiffMojo mojo = mojo(OLD, NEW);
    set(mojo, "diffConfig", config.toFile());

    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

    assertTrue(failure.getMessage().startsWith("11 changes at or above error"), failure.getMessage());
  }

  @Test
  void anUnknownChangeKindInTheConfigurationFailsNamingTheFile() throws Exception {
    Path config = output.resolve("diff.json");
    Files.writeString(config, "{\"severities\": {\"endpoint-removed\": \"warning\"}}");
    DiffMojo mojo = mojo(OLD, NEW);
    set(mojo, "diffConfig", config.toFile());

    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

    assertTrue(failure.getMessage().startsWith(config + ": unknown change kind \"endpoint-removed\""),
        failure.getMessage());
  }

  @Test
  void anUnknownFailOnFails() throws Exception {
    DiffMojo mojo = mojo(OLD, NEW);
    set(mojo, "failOn", "MAJOR");

    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

    assertEquals("failOn must be ERROR, WARNING, INFO or NONE, not 'MAJOR'", failure.getMessage());
  }

  @Test
  void aMissingGuideFailsNamingIt() throws Exception {
    File missing = output.resolve("absent.md").toFile();

    MojoFailureException failure = assertThrows(MojoFailureException.class, () -> mojo(OLD, missing).execute());

    assertEquals(missing + ": no such file or directory", failure.getMessage());
  }

  @Test
  void skipComparesNothing() throws Exception {
    DiffMojo mojo = mojo(OLD, output.resolve("absent.md").toFile());
    set(mojo, "skip", true);

    mojo.execute();

    assertEquals(List.of("info: McDewey is skipped (mcdewey.skip)"), log.lines);
    assertFalse(Files.exists(output.resolve("absent.md")));
  }

  private DiffMojo mojo(File oldGuide, File newGuide) throws Exception {
    DiffMojo mojo = new DiffMojo();
    set(mojo, "oldGuide", oldGuide);
    set(mojo, "newGuide", newGuide);
    set(mojo, "profileFile", PROFILE);
    set(mojo, "failOn", "ERROR");
    set(mojo, "failOnSdk", "NONE");
    set(mojo, "skip", false);
    mojo.setLog(log);
    return mojo;
  }
}
