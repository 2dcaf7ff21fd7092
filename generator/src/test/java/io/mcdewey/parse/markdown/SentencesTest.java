package io.mcdewey.parse.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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

  private static List<String> split(String text) {
    return Sentences.of(text).stream().map(s -> text.substring(s.start(), s.stop())).toList();
  }
}
