package io.mcdewey.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mcdewey.model.Provenance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading web pages: single files, pages in a library, charsets, and input that cannot be read. */
class GuideReaderHtmlTest {

  @TempDir
  Path dir;

  @Test
  void readsAPageWithItsVisibleTextAsPages() throws Exception {
    Path page = Files.writeString(dir.resolve("kennels.htm"), """
        <html><head><title>Kennels</title><script>var x = 1;</script></head>
        <body>
        <nav>Home</nav>
        <h1>Kennels</h1>
        <p>Lists the <code>kennels</code>.</p>

        <h2>Fetch</h2><p>GET /kennels/{id}</p>
        </body></html>
        """);

    GuideDocument guide = new GuideReader().read(page).get(0);

    assertEquals("kennels", guide.name());
    assertNull(guide.markdown());
    assertEquals(Files.readString(page), guide.html());
    String file = page.toString();
    assertEquals(List.of(
        new Page("# Kennels\nLists the kennels.", new Provenance(file, null, null, 4), false, false),
        new Page("## Fetch GET /kennels/{id}", new Provenance(file, null, null, 7), false, false)), guide.pages());
  }

  @Test
  void readsPagesOfALibraryBesideMarkdownGuides() throws Exception {
    Path pets = dir.resolve("boarding/v2/pets/pets.html");
    Path kennels = dir.resolve("boarding/v2/kennels/kennels.md");
    Files.createDirectories(pets.getParent());
    Files.createDirectories(kennels.getParent());
    Files.writeString(pets, "<h1>Pets</h1>\n<p>GET /pets</p>\n");
    Files.writeString(kennels, "# Kennels\n\nGET /kennels\n");
    Files.writeString(pets.resolveSibling("notes.html"), "<p>Not a guide of the library layout.</p>");

    List<GuideDocument> guides = new GuideReader().read(dir);

    assertEquals(List.of("boarding v2 kennels", "boarding v2 pets"),
        guides.stream().map(g -> g.product() + " " + g.version() + " " + g.name()).toList());
    assertEquals("<h1>Pets</h1>\n<p>GET /pets</p>\n", guides.get(1).html());
  }

  @Test
  void readsAPageInTheCharsetItDeclares() throws Exception {
    Path page = dir.resolve("legacy.html");
    Files.write(page, "<meta charset=\"iso-8859-1\">\n<p>Caf\u00e9 kennels</p>\n".getBytes(StandardCharsets.ISO_8859_1));

    GuideDocument guide = new GuideReader().read(page).get(0);

    assertEquals("Caf\u00e9 kennels", guide.pages().get(0).text());
  }

  @Test
  void refusesAPageThatIsNotUtf8WithFileAndLine() throws IOException {
    Path page = dir.resolve("broken.html");
    Files.write(page, new byte[] {'<', 'p', '>', '\n', 'a', (byte) 0xe9, 'b', '\n'});

    GuideReadException error = assertThrows(GuideReadException.class, () -> new GuideReader().read(page));

    assertEquals(page + ":2: not UTF-8 text (bad byte at offset 5)", error.getMessage());
  }

  @Test
  void refusesAnEmptyPage() throws IOException {
    Path page = Files.writeString(dir.resolve("empty.html"), "\n \n");

    GuideReadException error = assertThrows(GuideReadException.class, () -> new GuideReader().read(page));

    assertEquals(page + ": the file is empty", error.getMessage());
  }

  @Test
  void refusesAFolderWithoutGuides() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("site.html"));

    GuideReadException error = assertThrows(GuideReadException.class, () -> new GuideReader().read(folder));

    assertEquals(folder + ": no guide found; a library holds <product>/<version>/<doc>/<doc>.md (or .html) files or"
        + " chunk exports (*.jsonl records with a chunk_id)", error.getMessage());
  }
}
