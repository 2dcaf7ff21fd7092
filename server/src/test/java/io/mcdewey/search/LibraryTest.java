package io.mcdewey.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.source.GuideReadException;
import io.mcdewey.source.InputLimit;
import io.mcdewey.testing.CorpusLibrary;
import io.mcdewey.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryTest {
  @TempDir
  Path folder;

  @Test
  void aMarkdownGuideIsCutAtItsHeadingsAndKeepsItsLines() throws Exception {
    write("acme/v1/guide/guide.md", """
        ## Parking a call

        Hold the caller in a slot.

        ## Ending a call

        Hang up.
        """);
    List<Chunk> chunks = Library.read(folder).guides().get(0).chunks();
    assertEquals(List.of("acme::v1::guide::guide::1", "acme::v1::guide::guide::2"),
        chunks.stream().map(Chunk::id).toList());
    Chunk second = chunks.get(1);
    assertEquals("Ending a call", second.heading());
    assertEquals(5, second.firstLine());
    assertEquals(7, second.lastLine());
    assertEquals(new GuideId("acme", "v1", "guide"), second.guide());
  }

  @Test
  void aWebPageIsCutAtItsHeadingsAndItsChunksKnowTheOperationsReadFromThem() throws Exception {
    write("acme/v1/pets/pets.html", """
        <html><body>
        <nav><a href="/">Home</a></nav>
        <h2>List pets</h2>
        <p><code>GET /pets</code></p>
        <h2>Adopt a pet</h2>
        <p>Marks a pet <em>adopted</em>.</p>
        <p><code>POST /pets/{id}/adoption</code></p>
        </body></html>
        """);
    LibraryGuide guide = Library.read(folder).guides().get(0);
    List<Chunk> chunks = guide.chunks();
    assertEquals(List.of("List pets", "Adopt a pet"), chunks.stream().map(Chunk::heading).toList());
    Chunk second = chunks.get(1);
    assertEquals("## Adopt a pet\nMarks a pet adopted.\nPOST /pets/{id}/adoption", second.text());
    assertEquals(5, second.firstLine());
    assertEquals(7, second.lastLine());
    assertEquals(List.of("POST /pets/{id}/adoption"), guide.endpointsIn(second).stream()
        .map(e -> e.operation().method() + " " + e.operation().path()).toList());
  }

  @Test
  void anAsciiDocGuideIsServedWithTheEndpointsItsExamplesShow() throws Exception {
    write("acme/v1/kennels/kennels.adoc", """
        = Kennel API

        == Retrieving a kennel

        === Path parameters

        .+/kennels/{id}+
        |===
        |Parameter|Description

        |`+id+`
        |The kennel's id
        |===

        ==== Example request

        [source,http]
        ----
        GET /kennels/7 HTTP/1.1
        Host: localhost
        ----
        """);
    LibraryGuide guide = Library.read(folder).guides().get(0);
    assertEquals(List.of("GET /kennels/{id}"), guide.endpoints().stream()
        .map(e -> e.operation().method() + " " + e.operation().path()).toList());
  }

  @Test
  void aLongSectionIsCutBetweenBlocks() throws Exception {
    String paragraph = "word ".repeat(200).strip();
    write("acme/v1/guide/guide.md", "## Long\n\n" + paragraph + "\n\n" + paragraph + "\n\n" + paragraph + "\n");
    List<Chunk> chunks = Library.read(folder).guides().get(0).chunks();
    assertEquals(3, chunks.size());
    assertTrue(chunks.stream().allMatch(c -> c.heading().equals("Long")));
  }

  @Test
  void aChunkExportKeepsItsChunkIdsAndPages() throws Exception {
    Library library = Library.read(Samples.repository("samples/guides/northwind/contact-center-guide.jsonl"));
    Chunk first = library.guides().get(0).chunks().get(0);
    assertEquals("northwind::v3.1::contact-center-guide::contact-center-guide::1", first.id());
    assertEquals(5, first.page());
    assertEquals(first, library.chunk(first.id()).orElseThrow());
  }

  @Test
  void eachChunkKnowsTheOperationsReadFromIt() throws Exception {
    Library library = Library.read(Samples.repository("samples/guides/northwind/contact-center-guide.jsonl"));
    LibraryGuide guide = library.guides().get(0);
    for (Endpoint endpoint : guide.endpoints()) {
      List<Chunk> chunks = guide.chunksOf(endpoint.operation());
      assertTrue(!chunks.isEmpty(), endpoint.id() + " was read from no chunk");
      assertTrue(chunks.stream().allMatch(c -> guide.endpointsIn(c).contains(endpoint)));
      assertEquals(endpoint, library.endpoint(endpoint.id()).orElseThrow());
    }
  }

  @Test
  void theNeighboursOfAChunkAreTheChunksAroundIt() throws Exception {
    Library library = Library.read(Samples.repository("samples/guides/northwind/contact-center-guide.jsonl"));
    List<Chunk> chunks = library.guides().get(0).chunks();
    assertEquals(chunks.subList(0, 3), library.around(chunks.get(0), 2));
    assertEquals(chunks.subList(3, 8), library.around(chunks.get(5), 2));
  }

  @Test
  void aGuideReadTwiceIsKeptOnceAndTheSecondIsNamed() throws Exception {
    write("acme/v1/guide/guide.md", "## A\n\ntext\n");
    Files.copy(Samples.repository("samples/guides/northwind/contact-center-guide.jsonl"),
        folder.resolve("export.jsonl"));
    Files.createDirectories(folder.resolve("northwind/v3.1/contact-center-guide"));
    Files.copy(Samples.repository("samples/guides/library/northwind/v3.1/contact-center-guide/contact-center-guide.md"),
        folder.resolve("northwind/v3.1/contact-center-guide/contact-center-guide.md"));
    Library library = Library.read(folder);
    assertEquals(2, library.guides().size());
    assertEquals(1, library.problems().size(), library.problems().toString());
    assertTrue(library.problems().get(0).contains("is the same guide"));
  }

  @Test
  void aLibraryWhoseGuidesHoldMoreThanTheLimitTogetherIsRefusedBeforeAnyIsRead() throws Exception {
    write("acme/v1/guide/guide.md", "# Guide\n\n## Ping\n\nGET /ping\n" + "text ".repeat(100));
    write("acme/v2/guide/guide.md", "# Guide\n\n## Ping\n\nGET /ping\n" + "text ".repeat(100));

    GuideReadException refused = assertThrows(GuideReadException.class,
        () -> Library.read(folder, new InputLimit(1000)));

    assertEquals(folder + ": the library's 2 guide files hold over 1 KiB, past the library limit of 1000 bytes; a"
        + " larger limit is set with --max-library-size, the system property mcdewey.maxLibrarySize or the"
        + " environment variable MCDEWEY_MAX_LIBRARY_SIZE", refused.getMessage());
    assertEquals(2, Library.read(folder, new InputLimit(1100)).guides().size());
  }

  @Test
  void anIdIsOnlyLookedUp() throws GuideReadException, IOException {
    write("acme/v1/guide/guide.md", "## A\n\ntext\n");
    Library library = Library.read(folder);
    assertTrue(library.chunk("../../../etc/passwd").isEmpty());
    assertTrue(library.endpoint("acme::v1::guide::nothing").isEmpty());
  }

  @Test
  void aLinkOutOfTheLibraryAndAnUnreadableGuideAreLeftOutAndNamed() throws Exception {
    Library library = Library.read(Samples.troubledLibrary());
    assertEquals(List.of("northwind"), library.guides().stream().map(g -> g.id().product()).toList());
    assertEquals(2, library.problems().size(), library.problems().toString());
    assertTrue(library.problems().stream().anyMatch(p -> p.startsWith("leak/v1/passwd/passwd.md: skipped, it is a"
        + " link to a file outside the library")), library.problems().toString());
    assertTrue(library.problems().stream().anyMatch(p -> p.contains("notes.md") && p.contains("binary content")),
        library.problems().toString());
    assertTrue(library.chunk("leak::v1::passwd::passwd::1").isEmpty());
  }

  @Test
  void aLinkToAGuideInsideTheLibraryIsRead() throws Exception {
    write("acme/v1/guide/guide.md", "# Guide\n\n## Ping\n\nGET /ping\n");
    Path link = folder.resolve("acme/v2/guide/guide.md");
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, folder.resolve("acme/v1/guide/guide.md").toAbsolutePath());
    Library library = Library.read(folder);
    assertEquals(List.of("v1", "v2"), library.guides().stream().map(g -> g.id().version()).toList());
    assertEquals(List.of(), library.problems());
  }

  @Test
  void aPrintedPageIsHeadedByTheSectionItsRunningFooterNames() {
    Library library = CorpusLibrary.library();
    Chunk page = library.chunk("finesse::v12.5::developer-guide::developer-guide::30").orElseThrow();
    assertEquals("Cisco Finesse Desktop APIs User—Sign In as a Mobile Agent", page.heading());
    Chunk imaged = library.chunk("finesse::v12.5::developer-guide::developer-guide::42").orElseThrow();
    assertEquals("Cisco Finesse Desktop APIs User—Change Agent State", imaged.heading());
  }

  private void write(String relative, String text) throws IOException {
    Path file = folder.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
