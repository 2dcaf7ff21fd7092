package io.mcdewey.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProfilePatternTest {
  @Test
  void aUsersPatternThatBacktracksWithoutEndIsStopped() {
    ProfilePattern hostile = ProfilePattern.limited(Pattern.compile("(x+x+)+y"), "hostile.json, member 'detect'");
    String text = "x".repeat(2000);

    ProfilePattern.TooSlow stopped = assertThrows(ProfilePattern.TooSlow.class, () -> hostile.matcher(text).find());

    assertEquals("hostile.json, member 'detect': the pattern (x+x+)+y was stopped after matching 1000 ms on a text"
        + " of 2000 characters; a pattern that can match one text in many ways, such as a repeat inside a repeat,"
        + " needs rewriting", stopped.getMessage());
  }

  @Test
  void aUsersPatternMatchesAsAnyOther() {
    ProfilePattern footer = ProfilePattern.limited(Pattern.compile("Page (?<page>\\d+) of \\d+"), "p.json");

    Matcher matcher = footer.matcher("text\nPage 12 of 300\nmore");

    assertTrue(matcher.find());
    assertEquals("12", matcher.group("page"));
    assertEquals("text\n \nmore", footer.matcher("text\nPage 12 of 300\nmore").replaceAll(" "));
  }
}
