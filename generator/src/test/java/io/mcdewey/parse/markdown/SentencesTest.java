package io.mcdewey.parse.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.RandomTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SentencesTest {

  @Test
  void splitsAtAStopBeforeWhatOpensASentence() {
    assertEquals(List.of("Lists dogs.", "`limit` caps them.", "See v1.2 for more."),
        split("Lists dogs.  `limit` caps them. See v1.2 for more."));
  }

  @Test
  void keepsAbbreviationsAndNumbersInTheirSentence() {
    assertEquals(List.of("Paths (e.g. a file) and 1.5 work."), split("Paths (e.g. a file) and 1.5 work."));
  }

  @Test
  void splitsWhereTheStopPatternMatches() {
    Pattern stop = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}`(\\u0022“])");
    List<String> pieces = List.of("a", "B", "\u00c9", "\uD835\uDC00", ".", "!", "?", " ", "\n", "\u00a0", "`", "(",
        "\"", "“");
    for (String text : RandomTexts.of(pieces, 30_000, 9)) {
      List<String> expected = new ArrayList<>();
      Matcher end = stop.matcher(text);
      int start = 0;
      while (end.find()) {
        expected.add(text.substring(start, end.start()));
        start = end.end();
      }
      if (start < text.length()) {
        expected.add(text.substring(start));
      }
      assertEquals(expected, split(text), text);
    }
  }

  private static List<String> split(String text) {
    return Sentences.of(text).stream().map(s -> text.substring(s.start(), s.stop())).toList();
  }
}
