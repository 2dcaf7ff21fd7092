package io.mcdewey.maven;

import static io.mcdewey.maven.MojoParameters.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.json.Json;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiMojoTest {
  @TempDir
  Path output;

  private final RecordingLog log = new RecordingLog();

  @Test
  void writesYamlByDefault() throws Exception {
    Path yaml = output.resolve("openapi/inventory.yaml");
    mojo(guide("inventory.md"), null, yaml, false).execute();
    assertTrue(Files.readString(yaml).startsWith("openapi: \"3.1.0\"\ninfo:\n"), Files.readString(yaml));
    assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("info: Described ") && l.endsWith(yaml.toString())),
        log.lines.toString());
  }

  @Test
  void writesJsonWhenTheFileNameSaysSo() throws Exception {
    Path json = output.resolve("inventory.JSON");
    mojo(guide("inventory.md"), "generic-markdown", json, false).execute();
    Map<String, Object> document = Json.parseObject(Files.readString(json));
    assertEquals("3.1.0", document.get("openapi"));
  }

  @Test
  void readsWithAProfileFile() throws Exception {
    OpenApiMojo mojo = mojo(TestGuides.sample("samples/guides/northwind/contact-center-guide.md"), null,
        output.resolve("northwind.yaml"), false);
    set(mojo, "profileFile", TestGuides.sample("samples/guides/northwind/northwind-profile.json"));

    mojo.execute();

    assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("info: Described 16 operations of ")),
        log.lines.toString());
  }

  @Test
  void logsDiagnosticsWithTheirLocation() throws Exception {
    mojo(guide("release-notes.md"), null, output.resolve("notes.yaml"), false).execute();
    assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("warn: " + guide("release-notes.md"))
        && l.endsWith("[no-operations]")), log.lines.toString());
  }

  @Test
  void replacesAnEarlierDescriptionLeavingNoTemporaryFile() throws Exception {
    Path yaml = output.resolve("inventory.yaml");
    Files.writeString(yaml, "stale");
    mojo(guide("inventory.md"), null, yaml, false).execute();
    assertTrue(Files.readString(yaml).startsWith("openapi:"));
    try (Stream<Path> files = Files.list(output)) {
      assertEquals(List.of(yaml), files.toList());
    }
  }

  @Test
  void neverWritesOverTheGuide() throws Exception {
    Path guide = Files.copy(guide("inventory.md").toPath(), output.resolve("inventory.md"));
    String text = Files.readString(guide);

    MojoFailureException failure = assertThrows(MojoFailureException.class,
        () -> mojo(guide.toFile(), null, guide, false).execute());

    assertEquals(guide + ": is read by this goal; McDewey never writes over its input", failure.getMessage());
    assertEquals(text, Files.readString(guide));
  }

  @Test
  void skipWritesNothing() throws Exception {
    Path yaml = output.resolve("skipped.yaml");
    mojo(guide("inventory.md"), null, yaml, true).execute();
    assertFalse(Files.exists(yaml));
  }

  @Test
  void aMissingGuideFailsNamingIt() {
    File missing = output.resolve("absent.md").toFile();
    MojoFailureException failure = assertThrows(MojoFailureException.class,
        () -> mojo(missing, null, output.resolve("x.yaml"), false).execute());
    assertEquals(missing + ": no such file or directory", failure.getMessage());
  }

  @Test
  void anUnknownProfileFailsListingTheKnownOnes() {
    MojoFailureException failure = assertThrows(MojoFailureException.class,
        () -> mojo(guide("inventory.md"), "no-such-vendor", output.resolve("x.yaml"), false).execute());
    assertTrue(failure.getMessage().contains("unknown profile 'no-such-vendor'; known: "), failure.getMessage());
    assertTrue(failure.getMessage().startsWith(guide("inventory.md").toString()), failure.getMessage());
  }

  @Test
  void anInputHoldingSeveralGuidesFails() {
    MojoFailureException failure = assertThrows(MojoFailureException.class,
        () -> mojo(guide("two-guides.jsonl"), null, output.resolve("x.yaml"), false).execute());
    assertEquals(guide("two-guides.jsonl") + ": holds 2 guides; the openapi goal describes one, so point 'guide' at"
        + " a markdown guide or at a chunk export of a single guide", failure.getMessage());
  }

  private OpenApiMojo mojo(File guide, String profile, Path outputFile, boolean skip) throws Exception {
    OpenApiMojo mojo = new OpenApiMojo();
    set(mojo, "guide", guide);
    set(mojo, "profile", profile);
    set(mojo, "outputFile", outputFile.toFile());
    set(mojo, "skip", skip);
    mojo.setLog(log);
    return mojo;
  }

  private static File guide(String name) {
    return TestGuides.resource(name);
  }
}
