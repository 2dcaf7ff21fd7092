package io.mcdewey.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.testing.Repository;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The table of {@code docs/diagnostics.md} says what the enum says, kind by kind. */
class DiagnosticKindDocumentationTest {

  @Test
  void thePageListsEveryKindWithItsSeverityAndLine() throws Exception {
    List<String> documented = Files.readAllLines(Repository.file("docs/diagnostics.md")).stream()
        .filter(line -> line.startsWith("| `"))
        .toList();

    List<String> declared = Arrays.stream(DiagnosticKind.values())
        .map(kind -> "| `" + kind.id() + "` | " + kind.severity().name().toLowerCase(Locale.ROOT) + " | "
            + kind.describe() + " |")
        .toList();

    assertEquals(declared, documented);
  }

  @Test
  void idsAreUniqueAndKebabCase() {
    List<String> ids = Arrays.stream(DiagnosticKind.values()).map(DiagnosticKind::id).toList();
    Set<String> unique = ids.stream().collect(Collectors.toSet());

    assertEquals(ids.size(), unique.size(), ids::toString);
    assertTrue(ids.stream().allMatch(id -> id.matches("[a-z]+(-[a-z]+)*")), ids::toString);
  }
}
