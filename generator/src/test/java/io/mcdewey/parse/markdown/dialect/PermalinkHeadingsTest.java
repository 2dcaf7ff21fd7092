package io.mcdewey.parse.markdown.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import org.junit.jupiter.api.Test;

class PermalinkHeadingsTest {

  @Test
  void readsLinesEndingWithThePermalinkSignAsHeadings() {
    assertEquals("## Endpoints\n## GET /api/v1/status\nReturns the state.\n## POST /api/v1/data\n",
        PermalinkHeadings.asHeadings("Endpoints¶\nGET /api/v1/status¶\nReturns the state.\nPOST /api/v1/data ¶\n"));
  }

  @Test
  void aMarkdownHeadingKeepsItsLevelAndLosesTheSign() {
    assertEquals("### Users\n\nText.\n", PermalinkHeadings.asHeadings("### Users¶\n\nText.\n"));
  }

  @Test
  void leavesOneLineSentencesAndFencedCodeAsTheyAre() {
    String one = "Users¶\n\nText.\n";
    assertEquals(one, PermalinkHeadings.asHeadings(one), "one line alone tells no page's headings");
    String sentences = "See the notes.¶\nThe list of values is here:¶\nA¶\n";
    assertEquals(sentences, PermalinkHeadings.asHeadings(sentences));
    String fenced = "Users¶\n```\nOutput¶\n```\nGroups¶\n";
    assertEquals("## Users\n```\nOutput¶\n```\n## Groups\n", PermalinkHeadings.asHeadings(fenced));
  }

  @Test
  void aPageSavedAsTextFromMkDocsHasItsSectionsAgain() {
    List<MarkdownElement> elements = MarkdownElements.read("Endpoints¶\nGET /api/v1/status¶\nReturns the state.\n");
    assertEquals(new MarkdownElement.Heading(2, "GET /api/v1/status", 2, false), elements.get(1));
  }
}
