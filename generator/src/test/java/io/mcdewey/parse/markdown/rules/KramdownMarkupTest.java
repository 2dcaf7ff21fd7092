package io.mcdewey.parse.markdown.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import org.junit.jupiter.api.Test;

class KramdownMarkupTest {

  @Test
  void tellsBlockAttributeLists() {
    assertTrue(KramdownMarkup.isBlockAttributes("{: .label .label-blue .mt-3 }"));
    assertTrue(KramdownMarkup.isBlockAttributes("{:toc}"));
    assertFalse(KramdownMarkup.isBlockAttributes("{\"id\": 1}"));
  }

  @Test
  void readsTheMarkdownInsideATagAtItsLinesWithoutItsAttributeListsAMethodAloneJoiningItsPath() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        <div class="code-example" markdown="1">
        POST
        {: .label }
        `/api/v1/requests`
        {: .d-inline }
        """);

    assertEquals(List.of("POST /api/v1/requests@2"), elements.stream()
        .map(element -> ((MarkdownElement.TextLine) element).text() + "@" + element.line()).toList());
  }

  @Test
  void aTagAloneOnItsLineLeavesTheBlocksAfterItToBeReadAsAnyAre() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        <div class="x" markdown="1">

        `GET /users`

        </div>
        """);

    assertEquals(List.of("GET /users@3"), elements.stream().filter(MarkdownElement.TextLine.class::isInstance)
        .map(element -> ((MarkdownElement.TextLine) element).text() + "@" + element.line())
        .filter(text -> text.startsWith("GET")).toList());
  }

  @Test
  void aLineBreakOrRuleAloneOnItsLineIsSpacingOutsideFencedCode() {
    assertEquals("text\n\n### Create a note\n```\n<br/>\n```", KramdownMarkup.withSpacingTagsBlank(
        "text\n<br/>\n### Create a note\n```\n<br/>\n```"));
    assertEquals("a <br/> b", KramdownMarkup.withSpacingTagsBlank("a <br/> b"));
  }
}
