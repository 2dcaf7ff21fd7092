package io.mcdewey.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The words two texts differ in, wherever in the text they are. */
class WordDiffTest {

  @Test
  void aChangeNearTheEndOfALongSentenceShowsWithTheWordsAroundIt() {
    WordDiff diff = WordDiff.of("This API returns the reason codes of one category that an agent can choose from.",
        "This API returns the reason codes of one category that a supervisor can choose from.");

    assertEquals("... one category that [-an agent-] {+a supervisor+} can choose from.",
        marked(diff.condensed(3)));
  }

  @Test
  void everyChangedStretchIsShownAndTheUnchangedOnesBetweenAreElided() {
    WordDiff diff = WordDiff.of("one two three four five six seven eight nine ten",
        "zero two three four five six seven eight nine ten eleven");

    assertEquals("[-one-] {+zero+} two three ... nine ten {+eleven+}", marked(diff.condensed(2)));
    assertEquals("[-one-] {+zero+} two three four five six seven eight nine ten {+eleven+}", marked(diff));
  }

  @Test
  void reflowedTextHasNoChangedWords() {
    WordDiff diff = WordDiff.of("Agents can use\nthis  API.", "Agents can use this API.");

    assertEquals("Agents can use this API.", marked(diff));
  }

  @Test
  void textsTooLongToWeighAreOneRemovalAndOneAddition() {
    String many = "word ".repeat(2_001);

    assertEquals(2, WordDiff.of(many + "old", many + "new").runs().size());
  }

  private static String marked(WordDiff diff) {
    return diff.render(run -> switch (run.kind()) {
      case KEPT -> run.text();
      case REMOVED -> "[-" + run.text() + "-]";
      case ADDED -> "{+" + run.text() + "+}";
      case ELIDED -> "...";
    });
  }
}
