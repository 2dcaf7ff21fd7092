package io.mcdewey.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.JavaFile;
import io.mcdewey.testing.Golden;
import io.mcdewey.testing.Repository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The DTOs of the sample guide, compared with the goldens under {@code golden/sdk/model/}; rerun with
 * {@code -Dmcdewey.updateGoldens=true} to rewrite them after an intended change.
 */
class DtoGoldenTest {
  private static final String GOLDENS = "sdk/model/";

  @Test
  void sampleDtosMatchTheGoldens() throws IOException {
    List<JavaFile> files = DtoWriter.files(SdkSymbols.of(DtoFixtures.sample(), DtoFixtures.SAMPLE_PACKAGE));

    for (JavaFile file : files) {
      Golden.assertMatches(GOLDENS + file.typeSpec().name() + ".java", file.toString());
    }
    assertEquals(files.stream().map(f -> f.typeSpec().name() + ".java").sorted().toList(), goldenFiles(),
        "golden files no DTO is generated for are stale; remove them");
  }

  @Test
  void generatingTwiceGivesTheSameFiles() {
    String first = DtoWriter.files(SdkSymbols.of(DtoFixtures.sample(), DtoFixtures.SAMPLE_PACKAGE)).toString();
    String second = DtoWriter.files(SdkSymbols.of(DtoFixtures.sample(), DtoFixtures.SAMPLE_PACKAGE)).toString();

    assertEquals(first, second);
  }

  private static List<String> goldenFiles() throws IOException {
    Path dir = Repository.file("generator/src/test/resources/golden/" + GOLDENS);
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
