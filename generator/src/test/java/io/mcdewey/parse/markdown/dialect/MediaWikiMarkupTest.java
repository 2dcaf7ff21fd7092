package io.mcdewey.parse.markdown.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import org.junit.jupiter.api.Test;

class MediaWikiMarkupTest {
  private static final String PAGE = """
      __TOC__
      == Tasks ==
      === Run a task ===
      *Address: http://{host}/task/run
      **note '''bold''' [[Help:Run|the help]]
      {| class="wikitable"
      |-
      !style="text-align:left"|Name
      !Type
      |-
      |id
      |style="text-align:center"|integer
      |-
      |build
      |<pre>[{
        "x": 1
      }]</pre>
      |}
      <pre>
      {"status": "success"}
      </pre>
      """;

  @Test
  void readsHeadingsListsTablesAndPreformattedBlocksAsMarkdownKeepingEachLineItsNumber() {
    String markdown = MediaWikiMarkup.asMarkdown(PAGE);
    assertEquals(PAGE.split("\n", -1).length, markdown.split("\n", -1).length);
    assertEquals("""

        ## Tasks
        ### Run a task
        - Address: http://{host}/task/run
          - note **bold** the help
        | Name | Type |
        |---|---|
        | id | integer |
        | build | [{ "x": 1 }] |









        ```
        {"status": "success"}
        ```
        """, markdown);
  }

  @Test
  void theTableIsReadAsOneWithItsHeader() {
    MarkdownElement.Table table = MarkdownElements.read(PAGE).stream().filter(MarkdownElement.Table.class::isInstance)
        .map(MarkdownElement.Table.class::cast).findFirst().orElseThrow();
    assertEquals(List.of("Name", "Type"), table.header());
    assertEquals(List.of(List.of("id", "integer"), List.of("build", "[{ \"x\": 1 }]")), table.rows());
  }

  @Test
  void leavesMarkdownAndWikiPagesWithoutSignsOfMediaWikisOwnAsTheyAre() {
    for (String text : List.of("== A ==\n== B ==\n*item\n", "# Title\n\n== A ==\n== B ==\n{|\n|}\n",
        "== A ==\n== B ==\n'''x'''\n```\ncode\n```\n",
        "Client\n======\n    '''Fetch a user'''\nEndpoints\n=========\n\nGET /users/{id}\n")) {
      assertEquals(text, MediaWikiMarkup.asMarkdown(text));
    }
  }
}
