package io.mcdewey.parse.markdown.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnchorLabelHeadingsTest {

  @Test
  void readsALineItsNextLinesAnchorLabelQuotesAsAHeadingWithoutTheLabel() {
    assertEquals("Listing\n## 📬 Request\nGET {api_url}/users\n## Headers\n| Key | Value |",
        AnchorLabelHeadings.asHeadings("Listing\n📬 Request\nSection titled “📬 Request”GET {api_url}/users\nHeaders\n"
            + "Section titled “Headers”| Key | Value |"));
  }

  @Test
  void readsLabelsOfOtherLanguagesAndQuotesAndHeadingsOneAfterAnother() {
    assertEquals("## Paramètres\n## Requête\nGET /x", AnchorLabelHeadings.asHeadings(
        "Paramètres\nSection intitulée « Paramètres »Requête\nSection intitulée « Requête »GET /x"));
  }

  @Test
  void theHeadingsGoUnderTheDeepestMarkdownHeadingAndAMarkdownHeadingKeepsItsLevel() {
    assertEquals("## Get stores\n### Parameters\n### Query\npage", AnchorLabelHeadings.asHeadings(
        "## Get stores\nParameters\nSection titled “ Parameters ”Query\nSection titled “Query ” page"));
    assertEquals("# Users\nlist\n## Roles\nread", AnchorLabelHeadings.asHeadings(
        "# Users\nSection titled “Users”list\nRoles\nSection titled “Roles”read"));
  }

  @Test
  void wordsQuotingOneHeadingAloneAreASentences() {
    String text = "Request\nSection titled “Request”GET /x\nResponse\nSee “Response”\n";
    assertEquals(text, AnchorLabelHeadings.asHeadings(text));
    String sentences = "Accept\nWe set “Accept” to application/json.\nContent-Type\nWe set “Content-Type” to a type.\n";
    assertEquals(sentences, AnchorLabelHeadings.asHeadings(sentences));
  }

  @Test
  void leavesQuotesOfOtherTextAsTheyAre() {
    for (String text : List.of("Request\nThe field “Request” names it.\n", "Request\nSay “Requests” twice.\n",
        "```\nRequest\nSection titled “Request”x\n```\n")) {
      assertEquals(text, AnchorLabelHeadings.asHeadings(text));
    }
  }
}
