package io.mcdewey.export;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.mcdewey.model.Api;
import io.mcdewey.parse.Guides;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Whatever the parsers read from the real guides of the corpus exports to valid OpenAPI and reads back. */
class CorpusExportTest {

  @Test
  void everyGuideOfTheCorpusExports() throws Exception {
    List<Executable> checks = new ArrayList<>();
    for (Path input : inputs(corpus())) {
      for (Api api : Guides.detecting().read(input)) {
        checks.add(() -> {
          String json = ModelJson.write(api);
          assertEquals(json, ModelJson.write(ModelJson.read(json)), input + ": model JSON reads back");
          assertEquals(List.of(), OpenApiValidation.messages(OpenApiExport.toJson(api)), input + ": OpenAPI JSON");
          assertEquals(List.of(), OpenApiValidation.messages(OpenApiExport.toYaml(api)), input + ": OpenAPI YAML");
        });
      }
    }
    assertAll(checks);
  }

  private static Path corpus() {
    Path corpus = Path.of(System.getProperty("mcdewey.corpus", "../shared/corpus"));
    if (!Files.isDirectory(corpus)) {
      String message = "corpus not found at " + corpus.toAbsolutePath() + "; corpus tests skipped";
      if ("true".equals(System.getenv("CI"))) {
        fail(message);
      }
      System.out.println(message);
      Assumptions.abort(message);
    }
    return corpus;
  }

  /** The guides: chunk exports and markdown files, leaving out the corpus's own read-me files. */
  static List<Path> inputs(Path corpus) throws IOException {
    try (Stream<Path> files = Files.walk(corpus)) {
      return files.filter(Files::isRegularFile)
          .filter(file -> file.getFileName().toString().equals("chunks.jsonl")
              || file.toString().endsWith(".md") && !file.getFileName().toString().equals("README.md"))
          .sorted()
          .toList();
    }
  }
}
