package io.mcdewey.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.testing.Repository;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The change kinds table of {@code docs/diff.md} says what the enum says, kind by kind, on the wire and in the SDK. */
class ChangeKindDocumentationTest {

  @Test
  void theReferenceTableListsEveryKindWithItsClassification() throws Exception {
    List<String> documented = Files.readAllLines(Repository.file("docs/diff.md")).stream()
        .filter(line -> line.startsWith("| `") && line.split("\\|").length == 9)
        .map(line -> Arrays.stream(line.split("\\|")).skip(1).limit(7).map(String::strip).toList())
        .map(cells -> String.join(" ", cells))
        .toList();

    List<String> declared = Arrays.stream(ChangeKind.values())
        .map(kind -> String.join(" ", "`" + kind.id() + "`", yesNo(kind.breaksClients()), yesNo(kind.breaksServers()),
            kind.semver().wireName(), kind.defaultSeverity().name().toLowerCase(Locale.ROOT),
            yesNo(kind.sdk().binaryCompatible()), yesNo(kind.sdk().sourceCompatible())))
        .toList();

    assertEquals(declared, documented);
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }
}
