package io.mcdewey.parse.markdown.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.parse.RandomTexts;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonBracketsTest {

  @Test
  void aDocumentIsWholeWhereItsFirstBracketCloses() {
    assertTrue(new JsonBrackets().add("{\"a\": [1, \"}\\\"]\"],").add(" \"b\": {}}  ").mayBeWhole());
    assertFalse(new JsonBrackets().add("{\"a\": [1, 2]").mayBeWhole(), "still open");
    assertFalse(new JsonBrackets().add("{\"a\": \"}").mayBeWhole(), "the bracket is inside a string");
  }

  @Test
  void textAfterTheDocumentMeansItNeverParses() {
    JsonBrackets brackets = new JsonBrackets().add("[1, 2],");
    assertTrue(brackets.neverWhole());
    assertFalse(brackets.add("]").mayBeWhole());
    assertTrue(new JsonBrackets().add("} {").neverWhole(), "a bracket that closes none");
  }

  @Test
  void everyTextThatParsesIsToldWhole() {
    List<String> pieces = List.of("{", "}", "[", "]", "\"", "\\", " ", "\n", "a", ":", ",", "1", "\"a\":");
    int parsed = 0;
    for (String text : RandomTexts.of(pieces, 200_000, 9)) {
      String document = "{" + text;
      if (JsonParagraphs.parses(document)) {
        parsed++;
        JsonBrackets brackets = new JsonBrackets().add(document);
        assertTrue(brackets.mayBeWhole() && !brackets.neverWhole(), document);
      }
    }
    assertTrue(parsed > 50, "too few texts parse to tell anything: " + parsed);
  }
}
