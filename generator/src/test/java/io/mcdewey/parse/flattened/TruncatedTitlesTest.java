package io.mcdewey.parse.flattened;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TruncatedTitlesTest {
  private final TruncatedTitles titles = new TruncatedTitles(
      List.of("Call—Send DTMF String", "Code—Get Reason Code", "Code—Get Reason Code List", "Call—Make a Call"),
      List.of("Call—Park a Call", "Call—Park a Conference", "Team—Get Teams"));

  @Test
  void aTitleEndingInsideAWordOfALongerTitleStandsForIt() {
    assertEquals("Call—Send DTMF String", titles.resolve("Call—Send DT"));
    assertEquals("Call—Send DTMF String", titles.resolve("Call—Send DTMF St"));
  }

  @Test
  void aTitleThatCouldStandForSeveralNamesNone() {
    assertEquals("", titles.resolve("Call—Park a C"));
  }

  @Test
  void titlesEndingAtAWordsEndOrAPluralShortOfAnotherAreComplete() {
    assertEquals("Code—Get Reason Code", titles.resolve("Code—Get Reason Code"));
    assertEquals("Call—Send DTMF", titles.resolve("Call—Send DTMF"));
    assertEquals("Team—Get Team", titles.resolve("Team—Get Team"));
    assertEquals("Call—Make a Call", new TruncatedTitles(List.of("Call—Make a Call"),
        List.of("Call—Make a Callback")).resolve("Call—Make a Call"), "printed whole in the text");
    assertEquals("", titles.resolve(""));
  }
}
