package io.mcdewey.parse.markdown.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import org.junit.jupiter.api.Test;

class MkDocsBlocksTest {

  @Test
  void readsAnAdmonitionsTitleAsACaptionAndItsContentDedented() {
    assertEquals("Mind the limit\nAt most 100.\n\nSee below.\nNext",
        MkDocsBlocks.dedented("!!! warning \"Mind the limit\"\n    At most 100.\n\n    See below.\nNext"));
    assertEquals("\nHidden text.", MkDocsBlocks.dedented("??? note\n    Hidden text."));
    assertEquals("\n\tTabbed.", MkDocsBlocks.dedented("???+ tip\n\t\tTabbed."));
  }

  @Test
  void readsTabsInsideAnAdmonitionInTurn() {
    String page = """
        ??? example "Sample"
            === "Request"
                ```bash
                curl https://example.com/merges/
                ```
            === "Response"
                ```json
                {"code": 0}
                ```
        """;
    List<MarkdownElement> elements = MarkdownElements.read(page);
    assertEquals(List.of("Sample", "Request", "Code:curl https://example.com/merges/\n", "Response",
        "Code:{\"code\": 0}\n"), elements.stream().map(MkDocsBlocksTest::shown).toList());
  }

  @Test
  void leavesMarkersWithoutIndentedContentAndFencedOnesAsTheyAre() {
    for (String text : List.of("!!! note\nNot indented.\n",
        "```\n!!! note\n    inside\n```\n",
        "Wow!!! note this\n    code\n",
        "Important!!! Read this.\n\nUsers\n===\n    GET /users\n")) {
      assertEquals(text, MkDocsBlocks.dedented(text));
    }
  }

  private static String shown(MarkdownElement element) {
    return element instanceof MarkdownElement.Code code ? "Code:" + code.content()
        : element instanceof MarkdownElement.TextLine line ? line.text() : element.toString();
  }
}
