package io.mcdewey.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.JavaFile;
import io.mcdewey.codegen.client.ClientWriter;
import io.mcdewey.testing.Golden;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The client of the sample guide, compared with the goldens under {@code golden/sdk/client/}; rerun with
 * {@code -Dmcdewey.updateGoldens=true} to rewrite them after an intended change.
 */
class ClientGoldenTest {
  private static final String GOLDENS = "sdk/client";

  @Test
  void sampleClientMatchesTheGoldens() {
    List<JavaFile> files = ClientWriter.files(SdkSymbols.of(DtoFixtures.sample(), DtoFixtures.SAMPLE_PACKAGE));

    Golden.assertDirectoryMatches(GOLDENS, files.stream()
        .collect(Collectors.toMap(f -> f.typeSpec().name() + ".java", JavaFile::toString)));
  }

  @Test
  void generatingTwiceGivesTheSameFiles() {
    String first = ClientWriter.files(SdkSymbols.of(DtoFixtures.sample(), DtoFixtures.SAMPLE_PACKAGE)).toString();
    String second = ClientWriter.files(SdkSymbols.of(DtoFixtures.sample(), DtoFixtures.SAMPLE_PACKAGE)).toString();

    assertEquals(first, second);
  }
}
