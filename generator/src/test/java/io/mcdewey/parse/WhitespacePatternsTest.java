package io.mcdewey.parse;

import static io.mcdewey.parse.WhitespacePatterns.anyWhitespace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WhitespacePatternsTest {

  private static boolean matches(String regex, String text) {
    return Pattern.compile(anyWhitespace(regex)).matcher(text).matches();
  }

  @Test
  void aSpaceMatchesAnyRunOfWhitespace() {
    assertTrue(matches("Guide, Release 1", "Guide, Release 1"));
    assertTrue(matches("Guide, Release 1", "Guide,  Release\n1"));
    assertTrue(matches("Guide,  Release", "Guide, Release"), "a run of spaces counts as one");
    assertFalse(matches("Guide, Release", "Guide,Release"), "a space still needs some whitespace");
  }

  @Test
  void aSpaceInACharacterClassIsAnyWhitespace() {
    assertTrue(matches("Cisco [A-Za-z ]+Guide", "Cisco Web\nServices  Guide"));
    assertTrue(matches("[^ ]+ x", "abc\tx"));
    assertFalse(matches("[^ ]+", "a\nb"));
  }

  @Test
  void quantifiedSpacesKeepTheirMeaning() {
    assertTrue(matches("a ?b", "ab"));
    assertTrue(matches("a ?b", "a \n b"));
    assertTrue(matches("a *b", "a\n\nb"));
    assertTrue(matches("a +b", "a \tb"));
    assertTrue(matches("a {2}b", "a\n b"));
    assertFalse(matches("a {2}b", "a b"));
    assertTrue(matches("(?: and SUs)? 7", " and\nSUs 7"));
  }

  @Test
  void keepsEscapesAndQuotesButNotTheirSpaces() {
    assertTrue(matches("\\Q(a b)\\E", "(a\nb)"));
    assertTrue(matches("a\\ b", "a b"));
    assertFalse(matches("a\\ b", "a  b"), "an escaped space is one space, as written");
    assertTrue(matches("\\[a b\\]", "[a  b]"));
  }

  @Test
  void leavesPatternsInCommentsModeAsWritten() {
    assertEquals("(?x) a b # two letters", anyWhitespace("(?x) a b # two letters"));
  }
}
