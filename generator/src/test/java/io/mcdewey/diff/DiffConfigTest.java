package io.mcdewey.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffConfigTest {
  @TempDir
  Path dir;

  @Test
  void overridesTheSeveritiesItNamesAndKeepsTheDefaultsOfTheRest() throws Exception {
    DiffConfig config = DiffConfig.read(write("""
        {"severities": {"operation-renamed": "error", "RESPONSE_STATUS_ADDED": "Warning"}}
        """));

    assertEquals(Severity.ERROR, config.severityOf(ChangeKind.OPERATION_RENAMED));
    assertEquals(Severity.WARNING, config.severityOf(ChangeKind.RESPONSE_STATUS_ADDED));
    assertEquals(ChangeKind.OPERATION_REMOVED.defaultSeverity(), config.severityOf(ChangeKind.OPERATION_REMOVED));
  }

  @Test
  void anEmptyConfigurationKeepsTheDefaults() throws Exception {
    DiffConfig config = DiffConfig.read(write("{}"));

    for (ChangeKind kind : ChangeKind.values()) {
      assertEquals(kind.defaultSeverity(), config.severityOf(kind));
    }
  }

  @Test
  void anUnknownKindIsAnErrorNamingTheFileAndTheKinds() throws Exception {
    Path file = write("{\"severities\": {\"operation-renamd\": \"error\"}}");

    DiffConfigException e = assertThrows(DiffConfigException.class, () -> DiffConfig.read(file));

    assertTrue(e.getMessage().startsWith(file + ": unknown change kind \"operation-renamd\"; the kinds are"
        + " base-uri-changed, operation-added, "), e.getMessage());
  }

  @Test
  void anUnknownSeverityIsAnErrorNamingTheFileAndTheEntry() throws Exception {
    Path file = write("{\"severities\": {\"operation-renamed\": \"fatal\"}}");

    DiffConfigException e = assertThrows(DiffConfigException.class, () -> DiffConfig.read(file));

    assertEquals(file + ": severities.operation-renamed: expected \"error\", \"warning\" or \"info\"; found"
        + " \"fatal\"", e.getMessage());
  }

  @Test
  void anUnknownMemberIsAnError() throws Exception {
    Path file = write("{\"severity\": {}}");

    DiffConfigException e = assertThrows(DiffConfigException.class, () -> DiffConfig.read(file));

    assertEquals(file + ": unknown member \"severity\"; a diff configuration holds \"severities\"", e.getMessage());
  }

  @Test
  void malformedJsonIsAnErrorWithTheLine() throws Exception {
    Path file = write("{\n\"severities\": {,}}");

    DiffConfigException e = assertThrows(DiffConfigException.class, () -> DiffConfig.read(file));

    assertTrue(e.getMessage().startsWith(file + ": not a JSON object: ") && e.getMessage().contains("line 2"),
        e.getMessage());
  }

  @Test
  void aMissingFileIsAnErrorNamingIt() {
    Path file = dir.resolve("absent.json");

    DiffConfigException e = assertThrows(DiffConfigException.class, () -> DiffConfig.read(file));

    assertTrue(e.getMessage().startsWith(file + ": cannot read the diff configuration"), e.getMessage());
  }

  @Test
  void failOnNamesTheLeastSeverityThatFails() {
    assertTrue(FailOn.ERROR.failsOn(Severity.ERROR));
    assertTrue(!FailOn.ERROR.failsOn(Severity.WARNING));
    assertTrue(FailOn.WARNING.failsOn(Severity.ERROR) && FailOn.WARNING.failsOn(Severity.WARNING));
    assertTrue(FailOn.INFO.failsOn(Severity.INFO));
    assertTrue(!FailOn.NONE.failsOn(Severity.ERROR));
    assertEquals(FailOn.WARNING, FailOn.named(" warning ").orElseThrow());
    assertEquals("ERROR, WARNING, INFO or NONE", FailOn.names());
  }

  private Path write(String json) throws Exception {
    Path file = dir.resolve("diff-config.json");
    Files.writeString(file, json);
    return file;
  }
}
