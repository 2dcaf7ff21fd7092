package io.mcdewey.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
  @TempDir
  Path folder;

  private Path library() {
    return folder.resolve("library");
  }

  private Path index() {
    return folder.resolve("index");
  }

  private void guide(String product, String version, String text) throws IOException {
    Path file = library().resolve(product).resolve(version).resolve("guide").resolve("guide.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static final String ACME_V1 = """
      ## Parking a call

      Hold the caller in a parking slot while you look for help. The wrapUpReason is kept.

      ## Ending a call

      Hang up and release the line.
      """;

  private static final String GLOBEX_V2 = """
      ## Routing faxes

      Faxes arrive on a modem line and are routed to mailboxes.
      """;

  @Test
  void anUnchangedLibraryIsNotEmbeddedAgain() throws Exception {
    guide("acme", "v1", ACME_V1);
    guide("globex", "v2", GLOBEX_V2);
    WordHashEmbedder embedder = new WordHashEmbedder();
    try (SearchIndex index = SearchIndex.open(index(), embedder)) {
      SyncReport first = index.sync(Library.read(library()));
      assertEquals(2, first.indexed());
      assertEquals(first.entries(), embedder.embedded());
    }
    try (SearchIndex index = SearchIndex.open(index(), embedder)) {
      SyncReport second = index.sync(Library.read(library()));
      assertEquals(new SyncReport(2, 0, 2, 0, 0, 0, second.millis()), second);
    }
  }

  @Test
  void onlyAChangedGuideIsEmbeddedAgain() throws Exception {
    guide("acme", "v1", ACME_V1);
    guide("globex", "v2", GLOBEX_V2);
    WordHashEmbedder embedder = new WordHashEmbedder();
    try (SearchIndex index = SearchIndex.open(index(), embedder)) {
      index.sync(Library.read(library()));
      guide("globex", "v2", GLOBEX_V2 + "\nFaxes can also be printed.\n");
      int before = embedder.embedded();
      SyncReport report = index.sync(Library.read(library()));
      assertEquals(1, report.indexed());
      assertEquals(1, report.unchanged());
      assertEquals(1, embedder.embedded() - before, "the one chunk of the changed guide");
      assertEquals(List.of("globex::v2::guide::guide::1"), ids(index, "printed faxes", EntryKind.CHUNK, ""));
    }
  }

  @Test
  void aNewReleaseEmbedsOnlyThePagesItChanged() throws Exception {
    guide("acme", "v1", ACME_V1);
    WordHashEmbedder embedder = new WordHashEmbedder();
    try (SearchIndex index = SearchIndex.open(index(), embedder)) {
      index.sync(Library.read(library()));
      int before = embedder.embedded();
      guide("acme", "v2", ACME_V1.replace("Hang up", "Hang up politely"));
      SyncReport report = index.sync(Library.read(library()));
      assertEquals(1, report.indexed());
      assertEquals(2, report.entries());
      assertEquals(1, embedder.embedded() - before, "the ending section, changed; the parking one is as in v1");
      assertEquals(1, report.embedded());
      SearchRequest parking = new SearchRequest("parking slot", EntryKind.CHUNK, "acme", "v2", 5,
          SearchMode.VECTORS);
      assertEquals("acme::v2::guide::guide::1", index.search(parking).get(0).id());
    }
  }

  @Test
  void releasesIndexedTogetherEmbedTheirSharedPagesOnce() throws Exception {
    guide("acme", "v1", ACME_V1);
    guide("acme", "v2", ACME_V1.replace("Hang up", "Hang up politely"));
    WordHashEmbedder embedder = new WordHashEmbedder();
    try (SearchIndex index = SearchIndex.open(index(), embedder)) {
      SyncReport report = index.sync(Library.read(library()));
      assertEquals(4, report.entries());
      assertEquals(3, report.embedded(), "the parking section once, the ending section in each of its wordings");
      assertEquals(3, embedder.embedded());
    }
  }

  @Test
  void aGuideThatLeftTheLibraryLeavesTheIndex() throws Exception {
    guide("acme", "v1", ACME_V1);
    guide("globex", "v2", GLOBEX_V2);
    try (SearchIndex index = SearchIndex.open(index(), new WordHashEmbedder())) {
      index.sync(Library.read(library()));
      Files.delete(library().resolve("globex/v2/guide/guide.md"));
      SyncReport report = index.sync(Library.read(library()));
      assertEquals(1, report.removed());
      assertEquals(List.of(), ids(index, "modem mailboxes", EntryKind.CHUNK, ""));
    }
  }

  @Test
  void aRequestMadeAgainIsAnsweredWithoutSearching() throws Exception {
    guide("acme", "v1", ACME_V1);
    WordHashEmbedder embedder = new WordHashEmbedder();
    try (SearchIndex index = SearchIndex.open(index(), embedder)) {
      index.sync(Library.read(library()));
      SearchRequest request = SearchRequest.of("park a call", EntryKind.CHUNK, 5);
      int before = embedder.embedded();
      List<Hit> first = index.search(request);
      assertEquals(first, index.search(request));
      assertEquals(1, embedder.embedded() - before, "the question embedded once");
    }
  }

  @Test
  void aSyncThatChangesTheIndexAnswersRequestsAnew() throws Exception {
    guide("acme", "v1", ACME_V1);
    try (SearchIndex index = SearchIndex.open(index(), new WordHashEmbedder())) {
      index.sync(Library.read(library()));
      SearchRequest request = SearchRequest.of("modem mailboxes", EntryKind.CHUNK, 5);
      assertEquals(List.of(), index.search(request.withMode(SearchMode.KEYWORDS)));
      guide("globex", "v2", GLOBEX_V2);
      index.sync(Library.read(library()));
      assertEquals("globex::v2::guide::guide::1", index.search(request.withMode(SearchMode.KEYWORDS)).get(0).id());
    }
  }

  @Test
  void anIndexWrittenWithAnotherEmbedderIsRebuilt() throws Exception {
    guide("acme", "v1", ACME_V1);
    try (SearchIndex index = SearchIndex.open(index(), new WordHashEmbedder("old model"))) {
      index.sync(Library.read(library()));
    }
    try (SearchIndex index = SearchIndex.open(index(), new WordHashEmbedder("new model"))) {
      assertEquals(1, index.sync(Library.read(library())).indexed());
    }
  }

  @Test
  void searchesFilterByProductAndVersion() throws Exception {
    guide("acme", "v1", ACME_V1);
    guide("acme", "v2", ACME_V1.replace("Hang up", "Hang up politely"));
    try (SearchIndex index = SearchIndex.open(index(), new WordHashEmbedder())) {
      index.sync(Library.read(library()));
      SearchRequest request = new SearchRequest("hang up the line", EntryKind.CHUNK, "acme", "v2", 5,
          SearchMode.HYBRID);
      assertEquals("acme::v2::guide::guide::2", index.search(request).get(0).id());
      assertTrue(index.search(new SearchRequest("hang up", EntryKind.CHUNK, "globex", "", 5, SearchMode.HYBRID))
          .isEmpty());
    }
  }

  @Test
  void keywordsFindIdentifiersByTheirWords() throws Exception {
    guide("acme", "v1", ACME_V1);
    try (SearchIndex index = SearchIndex.open(index(), new WordHashEmbedder())) {
      index.sync(Library.read(library()));
      assertEquals("acme::v1::guide::guide::1", ids(index, "wrap-up reason", EntryKind.CHUNK, "").get(0));
    }
  }

  private static List<String> ids(SearchIndex index, String text, EntryKind kind, String product)
      throws IOException {
    return index.search(new SearchRequest(text, kind, product, "", 5, SearchMode.KEYWORDS)).stream()
        .map(Hit::id).toList();
  }
}
