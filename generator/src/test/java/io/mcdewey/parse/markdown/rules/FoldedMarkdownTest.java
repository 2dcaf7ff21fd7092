package io.mcdewey.parse.markdown.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoldedMarkdownTest {

  @Test
  void readsTheMarkdownOfAFoldWithoutBlankLinesAroundItsTags() {
    String page = "<details>\n<summary><b>List categories</b></summary>\n### `GET` `/categories`\nLists them.\n"
        + "</details>\n";
    assertEquals("\nList categories\n### `GET` `/categories`\nLists them.\n\n", FoldedMarkdown.unfolded(page));
    List<MarkdownElement> elements = MarkdownElements.read(page);
    assertEquals(new MarkdownElement.Heading(3, "GET /categories", 3, false), elements.get(1));
  }

  @Test
  void readsTheMarkdownOfABlockMarkedAsMarkdown() {
    String page = "<div class=\"grid cards\" markdown>\n- **[ POST ]** /merges/\n</div>\n";
    assertEquals("\n- **[ POST ]** /merges/\n\n", FoldedMarkdown.unfolded(page));
    assertEquals("\n- x\n\n", FoldedMarkdown.unfolded("<div markdown=\"1\">\n- x\n</div>\n"));
    assertEquals("\n- x\n", FoldedMarkdown.unfolded("<span markdown=\"block\">\n- x\n"), "never closed");
  }

  @Test
  void leavesFoldsOfHtmlAndBlocksNotMarkedAsMarkdownAsTheyAre() {
    for (String text : List.of("<details>\n<summary>More</summary>\n<p>Text</p>\n</details>\n",
        "<div class=\"markdown-body\">\n### A\n</div>\n",
        "<details>\n### A\n",
        "```\n<details>\n### A\n</details>\n```\n")) {
      assertEquals(text, FoldedMarkdown.unfolded(text));
    }
  }

  @Test
  void aFoldInsideAFoldClosesAtItsOwnTag() {
    String page = "<details>\n<details>\n### A\n</details>\n### B\n</details>\n";
    assertEquals("\n\n### A\n\n### B\n\n", FoldedMarkdown.unfolded(page));
  }
}
