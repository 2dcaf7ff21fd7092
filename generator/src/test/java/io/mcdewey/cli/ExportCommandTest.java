package io.mcdewey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.export.ModelFormatException;
import io.mcdewey.export.ModelJson;
import io.mcdewey.json.Json;
import io.mcdewey.model.Api;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

  @TempDir
  Path dir;

  private Path guide;

  @BeforeEach
  void writeGuide() throws IOException {
    guide = dir.resolve("guide.md");
    Files.writeString(guide, "# Widgets\n\n## Get Widget\n\nGET /widgets/{id}\n");
  }

  @Test
  void modelWritesTheModelAsJsonThatReadsBack() throws IOException, ModelFormatException {
    Path output = dir.resolve("model.json");

    ToolRun run = ToolRun.of("model", guide.toString(), "-o", output.toString());

    assertEquals(ExitCode.OK, run.exitCode(), run.transcript());
    assertTrue(run.out().startsWith("wrote " + output + ": "), run.transcript());
    assertTrue(run.out().contains(" from " + guide + " (profile generic-markdown); 0 errors, "), run.transcript());
    Api api = ModelJson.read(Files.readString(output));
    assertEquals("generic-markdown", api.profile());
  }

  @Test
  void openApiWritesYamlOrJsonAfterTheFileExtension() throws IOException {
    Path yaml = dir.resolve("api.yaml");
    Path json = dir.resolve("api.json");

    ToolRun yamlRun = ToolRun.of("openapi", guide.toString(), "-o", yaml.toString());
    ToolRun jsonRun = ToolRun.of("openapi", guide.toString(), "--output", json.toString());

    assertEquals(ExitCode.OK, yamlRun.exitCode(), yamlRun.transcript());
    assertEquals(ExitCode.OK, jsonRun.exitCode(), jsonRun.transcript());
    assertTrue(Files.readString(yaml).startsWith("openapi: \"3.1.0\"\n"), Files.readString(yaml));
    Map<String, Object> document = Json.parseObject(Files.readString(json));
    assertEquals("3.1.0", document.get("openapi"));
  }

  @Test
  void openApiRefusesAnOutputItCannotChooseAFormatFor() {
    Path output = dir.resolve("api.txt");

    ToolRun run = ToolRun.of("openapi", guide.toString(), "-o", output.toString());

    assertEquals(ExitCode.USAGE, run.exitCode());
    assertTrue(run.err().startsWith("mcdewey openapi: the output file must end with .yaml, .yml or .json, not '"
        + output + "'\n"), run.transcript());
    assertFalse(Files.exists(output));
  }

  @Test
  void needsAnOutputFile() {
    ToolRun run = ToolRun.of("model", guide.toString());

    assertEquals(ExitCode.USAGE, run.exitCode());
    assertTrue(run.err().startsWith("mcdewey model: missing option --output FILE\n"), run.transcript());
  }

  @Test
  void createsTheFoldersOfTheOutputFile() {
    Path output = dir.resolve("build/api/model.json");

    ToolRun run = ToolRun.of("model", guide.toString(), "-o", output.toString());

    assertEquals(ExitCode.OK, run.exitCode(), run.transcript());
    assertTrue(Files.isRegularFile(output));
  }

  @Test
  void namesAnOutputItCannotWrite() {
    ToolRun run = ToolRun.of("model", guide.toString(), "-o", dir.toString());

    assertEquals(ExitCode.USAGE, run.exitCode());
    assertEquals("mcdewey model: " + dir + ": cannot write: is a directory\n", run.err());
  }

  @Test
  void neverWritesOverItsInput() throws IOException {
    String text = Files.readString(guide);

    ToolRun run = ToolRun.of("openapi", guide.toString(), "-o", dir.resolve("../" + dir.getFileName() + "/guide.md")
        + ".json");
    ToolRun over = ToolRun.of("model", guide.toString(), "-o", guide.toString());

    assertEquals(ExitCode.OK, run.exitCode(), run.transcript());
    assertEquals(ExitCode.USAGE, over.exitCode());
    assertEquals("mcdewey model: " + guide + ": is read by this command; McDewey never writes over its input\n",
        over.err());
    assertEquals(text, Files.readString(guide));
  }
}
