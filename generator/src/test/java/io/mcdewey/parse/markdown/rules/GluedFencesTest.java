package io.mcdewey.parse.markdown.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import org.junit.jupiter.api.Test;

class GluedFencesTest {

  @Test
  void partsTheClosingFenceFromAJsonBlocksLastLine() {
    assertEquals("```[\n  {\"id\": 3}\n]\n```\n### Next", GluedFences.parted("```[\n  {\"id\": 3}\n]```\n\n### Next"));
    assertEquals("```{\n\"id\": 343\n}\n```\ntext", GluedFences.parted("```{\n\"id\": 343\n}```\ntext"),
        "no blank line after it: the lines after it move by one");
  }

  @Test
  void leavesBlocksOpenedOtherwiseAndFencesOnLinesOfTheirOwnAsTheyAre() {
    for (String text : List.of("```json\n{\"a\": \"x```\"}\n```\n",
        "```[\n1\n```\n",
        "```{\"name\":\"x\"}```\nmore\n")) {
      assertEquals(text, GluedFences.parted(text));
    }
  }

  @Test
  void readsTheInfoStringOpeningAJsonDocumentAsTheBlocksFirstLine() {
    List<MarkdownElement> elements = MarkdownElements.read("# A\n\n```[\n  {\"id\": 3}\n]```\n\n# B\n");
    assertEquals(new MarkdownElement.Code("", "[\n  {\"id\": 3}\n]\n", 3), elements.get(1));
    assertEquals(new MarkdownElement.Heading(1, "B", 7, false), elements.get(2));
  }

  @Test
  void tellsAJsonDocumentsOpeningFromPandocsAttributes() {
    assertTrue(GluedFences.opensJson("{"));
    assertTrue(GluedFences.opensJson("[{"));
    assertTrue(GluedFences.opensJson("{\"id\": 1,"));
    assertFalse(GluedFences.opensJson("{.javascript}"));
    assertFalse(GluedFences.opensJson("{#id .json}"));
    assertFalse(GluedFences.opensJson("{ .json }"));
    assertTrue(GluedFences.opensJson("{ \"id\": 1"));
    assertFalse(GluedFences.opensJson("json"));
  }
}
