package io.mcdewey.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.JavaFile;
import io.mcdewey.codegen.dto.DtoWriter;
import io.mcdewey.testing.Golden;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The DTOs of the sample guide, compared with the goldens under {@code golden/sdk/model/}; rerun with
 * {@code -Dmcdewey.updateGoldens=true} to rewrite them after an intended change.
 */
class DtoGoldenTest {
  private static final String GOLDENS = "sdk/model";

  @Test
  void sampleDtosMatchTheGoldens() {
    List<JavaFile> files = DtoWriter.files(SdkSymbols.of(DtoFixtures.sample(), DtoFixtures.SAMPLE_PACKAGE));

    Golden.assertDirectoryMatches(GOLDENS, files.stream()
        .collect(Collectors.toMap(f -> f.typeSpec().name() + ".java", JavaFile::toString)));
  }

  @Test
  void generatingTwiceGivesTheSameFiles() {
    String first = DtoWriter.files(SdkSymbols.of(DtoFixtures.sample(), DtoFixtures.SAMPLE_PACKAGE)).toString();
    String second = DtoWriter.files(SdkSymbols.of(DtoFixtures.sample(), DtoFixtures.SAMPLE_PACKAGE)).toString();

    assertEquals(first, second);
  }
}
