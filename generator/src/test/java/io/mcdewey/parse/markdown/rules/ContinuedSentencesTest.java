package io.mcdewey.parse.markdown.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContinuedSentencesTest {

  @Test
  void aLowerCaseLineAfterASentenceCutShortContinuesIt() {
    assertTrue(ContinuedSentences.continues("To wash every dog, set `wash_all` in the", "body:"));
    assertTrue(ContinuedSentences.continues("This call is also served at the deprecated", "endpoint:"));
    assertTrue(ContinuedSentences.continues("Dogs are listed by name, breed,", "and age."));
  }

  @Test
  void aLineCutAfterAWordThatEndsNoSentenceGoesOnWhateverTheNextOpensWith() {
    assertTrue(ContinuedSentences.continues("The following fields are returned in the", "JSON response body:"));
    assertTrue(ContinuedSentences.continues("Removed in", "v0.12.0."));
    assertTrue(ContinuedSentences.continues("Sent as a header or as", "Authorization: Bearer token"));
    assertFalse(ContinuedSentences.continues("Log in", "POST /v1/sessions"), "a request line stands alone");
    assertFalse(ContinuedSentences.continues("Sign In", "Body Parameters"), "a title's words are capitalised");
  }

  @Test
  void linesOfTheirOwnStayApart() {
    assertFalse(ContinuedSentences.continues("Request Information", "body:"), "too short for a sentence");
    assertFalse(ContinuedSentences.continues("The request body looks like this:", "body"), "the sentence ended");
    assertFalse(ContinuedSentences.continues("Lists the dogs of a kennel.", "limit: at most this many"));
    assertFalse(ContinuedSentences.continues("Use the following command to list them", "curl -k https://x/dogs"));
    assertFalse(ContinuedSentences.continues("The kennel holds these dogs of ours", "Body Parameters"));
  }

  @Test
  void aWrappedSentenceReadsAsOneLine() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        To wash every dog, set `wash_all` in the
        body:
        """);

    assertEquals(List.of(new MarkdownElement.TextLine("To wash every dog, set wash_all in the body:", 1, false,
        List.of(new MarkdownElement.TextLine.Literal(23, "wash_all")), 1)), elements);
  }
}
