package io.mcdewey.parse.markdown.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import org.junit.jupiter.api.Test;

class DokuWikiMarkupTest {
  private static final String PAGE = """
      ====== Gateway ======
      The endpoints of the gateway.
      ===== Tables =====
      ^ Method ^ Route ^ Description ^
      | GET | ''/tables'' | All tables |
      | PATCH | ''/tables/{name}'' | [[.:rest:batch|Batch changes]] |
      ===== Codes =====
      ^ Code ^ Meaning ^
      | 404 | Not Found |
      """;

  @Test
  void readsHeadingsTablesMonospaceAndLinksAsMarkdown() {
    assertEquals("""
        # Gateway
        The endpoints of the gateway.
        ## Tables
        | Method | Route | Description |
        | GET | `/tables` | All tables |
        | PATCH | `/tables/{name}` | Batch changes |
        ## Codes
        | Code | Meaning |
        | 404 | Not Found |
        """, DokuWikiMarkup.asMarkdown(PAGE));
  }

  @Test
  void readsAPageWhoseLineBreaksWereLostAsThePageItWas() {
    List<MarkdownElement> elements = MarkdownElements.read(PAGE);
    assertEquals(6, elements.size());
    assertEquals(List.of("Method", "Route", "Description"), ((MarkdownElement.Table) elements.get(3)).header());
    assertEquals(List.of("PATCH", "/tables/{name}", "Batch changes"),
        ((MarkdownElement.Table) elements.get(3)).rows().get(1));
    assertEquals(elements.stream().map(DokuWikiMarkupTest::withoutLine).toList(),
        MarkdownElements.read(PAGE.strip().replace('\n', ' ')).stream().map(DokuWikiMarkupTest::withoutLine).toList());
  }

  /** An element's text without its line: the lines of a page whose breaks were lost are those it is read in. */
  private static String withoutLine(MarkdownElement element) {
    return element.toString().replaceAll("line=\\d+", "").replaceAll("paragraph=\\d+", "");
  }

  @Test
  void endsRowsSavedOnOneLineWhereTheirWidthOrTheirBreakEnds() {
    assertEquals("""
        # A
        | Code | Meaning |
        | 200 | OK |

        See the list.
        ## B""",
        DokuWikiMarkup.asMarkdown("====== A ====== ^ Code ^ Meaning ^ | 200 | OK | See the list. ===== B ====="));
  }

  @Test
  void fencesCodeBlocksAndLeavesTheirLinesAsTheyAre() {
    String page = "====== A ======\n<code json>\n{\"q\": ''x'', \"h\": \"== B ==\"}\n</code>\n===== C =====\n";
    assertEquals("# A\n```json\n{\"q\": ''x'', \"h\": \"== B ==\"}\n```\n## C\n",
        DokuWikiMarkup.asMarkdown(page));
  }

  @Test
  void leavesMarkdownAndPagesWithOneSuchHeadingAsTheyAre() {
    for (String text : List.of("# Wiki\n\n== Title == is how a wiki heads a page; ==== Sub ==== heads a part.\n",
        "== Title ==\nA regex ^ab^c^ and ''quoted'' text.\n",
        "===== Fonti ==\n==x==y\n")) {
      assertEquals(text, DokuWikiMarkup.asMarkdown(text));
    }
  }

  @Test
  void takesHeadingsOnlyAsLinesOfTheirOwnAndCodeTagsOnlyOpeningALine() {
    for (String text : List.of(
        "Tokens are ==short-lived== and the ==refresh token== lasts.\n\n**Users**\n\nGET /users/{id}\n",
        "== A ==\nUse <code>GET /users</code> to list.\n\n```js\nif (a === 200 || b == c) {}\n```\n== B ==\n",
        "| pattern | == strict == or == loose == |\n|---|---|\n")) {
      assertEquals(text, DokuWikiMarkup.asMarkdown(text));
    }
    assertEquals("# A\nUse <code>GET /users</code> to list.\n## B\n",
        DokuWikiMarkup.asMarkdown("====== A ======\nUse <code>GET /users</code> to list.\n===== B =====\n"));
    assertEquals("# A\nGET `/files/<file_id>`\n## B\n",
        DokuWikiMarkup.asMarkdown("====== A ======\nGET ''/files/<file_id>''\n===== B =====\n"), "no tag");
  }

  @Test
  void readsManyUnclosedCodeTagsInOnePass() {
    String page = "====== A ======\n" + "<code x>\n".repeat(20_000) + "===== B =====\n";
    assertEquals(20_000, DokuWikiMarkup.asMarkdown(page).lines().filter(line -> line.equals("<code x>")).count());
  }
}
