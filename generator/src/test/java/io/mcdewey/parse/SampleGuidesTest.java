package io.mcdewey.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.export.ModelJson;
import io.mcdewey.model.Api;
import io.mcdewey.model.Operation;
import io.mcdewey.source.GuideDocument;
import io.mcdewey.source.GuideReader;
import io.mcdewey.testing.Golden;
import io.mcdewey.testing.Repository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The project's own sample guides read into the golden models, in every input form. */
class SampleGuidesTest {
  private static final String FLATTENED = "samples/guides/northwind/contact-center-guide.md";
  private static final String CHUNKS = "samples/guides/northwind/contact-center-guide.jsonl";
  private static final String LIBRARY =
      "samples/guides/library/northwind/v3.1/contact-center-guide/contact-center-guide.md";
  private static final String MARKDOWN = "samples/guides/northwind-markdown/contact-center-guide.md";
  private static final String PROFILE = "samples/guides/northwind/northwind-profile.json";

  @Test
  void flattenedSampleReadsIntoTheGoldenModel() throws Exception {
    Golden.assertMatches("northwind-flattened.model.json", ModelJson.write(read(FLATTENED)));
  }

  @Test
  void chunkExportOfTheSampleReadsIntoTheGoldenModel() throws Exception {
    Golden.assertMatches("northwind-chunks.model.json", ModelJson.write(read(CHUNKS)));
  }

  @Test
  void markdownSampleReadsIntoTheGoldenModel() throws Exception {
    Golden.assertMatches("northwind-markdown.model.json", ModelJson.write(read(MARKDOWN)));
  }

  @Test
  void allFormsOfTheFlattenedSampleDescribeTheSameOperations() throws Exception {
    List<String> fromMarkdown = signatures(read(FLATTENED));

    assertEquals(fromMarkdown, signatures(read(CHUNKS)));
    assertEquals(fromMarkdown, signatures(read(LIBRARY)));
  }

  @Test
  void libraryCopyIsTheFlattenedGuide() throws Exception {
    assertEquals(Files.readString(Repository.file(FLATTENED)), Files.readString(Repository.file(LIBRARY)));
  }

  @Test
  void libraryPathGivesProductAndVersion() throws Exception {
    Api api = read(LIBRARY);

    assertEquals("northwind", api.product());
    assertEquals("v3.1", api.version());
  }

  /** Reads a sample with its provenance written relative to the repository, so goldens do not depend on a checkout. */
  private static Api read(String relative) throws Exception {
    Path file = Repository.file(relative);
    GuideReader reader = new GuideReader();
    GuideDocument guide = relative.endsWith(".jsonl")
        ? reader.readChunkExport(file, relative).get(0)
        : reader.readMarkdown(file, relative);
    Profiles profiles = Profiles.builtIn().with(Repository.file(PROFILE));
    Profile profile = profiles.detect(guide);
    return new GuideParser().parse(guide, profile);
  }

  private static List<String> signatures(Api api) {
    return api.operations().stream()
        .map((Operation o) -> String.join(" | ", o.id(), o.method(), o.path(), o.parameters().toString(),
            o.responses().toString(), o.impliedValues().toString(), o.description(), o.notes().toString()))
        .toList();
  }
}
