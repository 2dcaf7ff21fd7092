package io.mcdewey.parse.markdown.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.parse.RandomTexts;
import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ContinuedSentencesTest {

  @Test
  void aLowerCaseLineAfterASentenceCutShortContinuesIt() {
    assertTrue(ContinuedSentences.continues("To wash every dog, set `wash_all` in the", "body:"));
    assertTrue(ContinuedSentences.continues("This call is also served at the deprecated", "endpoint:"));
    assertTrue(ContinuedSentences.continues("Dogs are listed by name, breed,", "and age."));
  }

  @Test
  void aFieldsRowOfABorderlessTableStandsAlone() {
    assertFalse(ContinuedSentences.continues("name type description", "phone * string The number's owner"));
    assertFalse(ContinuedSentences.continues("phone * string the number (with its country code)",
        "message * string شماره"));
    assertFalse(ContinuedSentences.continues("Parameters are listed below with their", "page integer Page number"));
    assertFalse(ContinuedSentences.continues("Filter the results by the", "limit integer"));
    assertFalse(ContinuedSentences.continues("Тело запроса на вход в систему", "emailstring · emailRequired"),
        "nor does a field glued to its type and required mark");
    assertTrue(ContinuedSentences.continues("Names are compared as they are, and", "each string is compared whole."),
        "a type's word in a sentence goes on in lower case");
    assertTrue(ContinuedSentences.continues("The value may be given as", "a string or a number."));
  }

  @Test
  void aLineCutAfterAWordThatEndsNoSentenceGoesOnWhateverTheNextOpensWith() {
    assertTrue(ContinuedSentences.continues("The following fields are returned in the", "JSON response body:"));
    assertTrue(ContinuedSentences.continues("Removed in", "v0.12.0."));
    assertTrue(ContinuedSentences.continues("Sent as a header or as", "Authorization: Bearer token"));
    assertFalse(ContinuedSentences.continues("Log in", "POST /v1/sessions"), "a request line stands alone");
    assertFalse(ContinuedSentences.continues("Internal server error", "post"), "so does a method badge");
    assertFalse(ContinuedSentences.continues("Sign In", "Body Parameters"), "a title's words are capitalised");
  }

  @Test
  void theOpeningOfASentenceOrAWordAloneGoesOnInTheNextLine() {
    assertTrue(ContinuedSentences.continues("The", "kennel API is:"));
    assertTrue(ContinuedSentences.continues("The following", "fields are returned:"));
    assertTrue(ContinuedSentences.continues("It returns", "a list of dogs:"));
    assertTrue(ContinuedSentences.continues("Deprecated in v1.78. This", "API moved."));
    assertTrue(ContinuedSentences.continues("Deprecated in v1.78.0: This", "API moved."));
    assertFalse(ContinuedSentences.continues("Parameters", "limit integer the most dogs to list"), "a caption");
    assertFalse(ContinuedSentences.continues("Request Information", "none of the fields"), "a title");
    assertFalse(ContinuedSentences.continues("Type: A", "Mode: fast"), "a label's value");
    assertFalse(ContinuedSentences.continues("Default: On", "Sort: by name"), "a label's value");
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

  @Test
  void tellsASentenceCutShortAsItsPatternDoes() {
    Pattern cutShort = Pattern.compile("^[\\p{L}\\p{N}(`\"'].*\\S\\s+\\S+\\s+.*[\\p{L}\\p{N},`'\")]$");
    List<String> pieces = List.of("a", "Z", "7", "\u00bd", "\uD835\uDC00", ".", ",", "(", ")", "\"", "'", "`", ":", "-",
        " ", " ", "\t", "\u000B", "\u00a0", "\n", "\r", "\u2028", "\u0085");
    for (String text : RandomTexts.of(pieces, 50_000, 10)) {
      assertEquals(cutShort.matcher(text).matches(), ContinuedSentences.isCutShort(text), text);
    }
  }

  @Test
  void tellsAFunctionWordEndingAsItsPatternDoes() {
    Pattern endsOnFunctionWord = Pattern.compile("(?:\\S\\s+(?:the|of|and|this)|(?:^|[.!?]\\s+)(?i:the|of|and|this)"
        + "|:\\s+(?:The|This))$");
    List<String> pieces = List.of("the", "The", "THE", "of", "and", "This", "x", "other", ".", "!", ":", ",", " ", " ",
        "\t", "\u000B", "\u00a0", "\n", "\r", "\u2028", "\u0085");
    for (String text : RandomTexts.of(pieces, 50_000, 8)) {
      assertEquals(endsOnFunctionWord.matcher(text).find(), ContinuedSentences.endsOnFunctionWord(text), text);
    }
  }

  @Test
  void aLongLineWithoutThreeWordsIsToldQuickly() {
    assertFalse(ContinuedSentences.isCutShort("value" + "x".repeat(100_000) + " yz"));
    assertTrue(ContinuedSentences.isCutShort("a" + " b".repeat(100_000)));
  }
}
