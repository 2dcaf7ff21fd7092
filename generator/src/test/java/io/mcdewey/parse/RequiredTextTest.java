package io.mcdewey.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

class RequiredTextTest {
  @Test
  void aWordInAGroupWithoutAlternativesIsRequired() {
    assertEquals("deprecated", required("(?:^|[.!?]\\s+)[\\W_]*(?i:deprecated)\\b"));
    assertEquals("deprecated", required("(?i)[(\\[]deprecated[)\\]]"));
    assertEquals("deprecated", required("(?i)\\b(?:this|the)\\s+(?:endpoint|api)\\s+(?:is|was)\\s+(?:now\\s+)?"
        + "deprecated\\b"));
  }

  @Test
  void optionalPartsEndARunAndAreNotRequired() {
    assertEquals("Page", required("Page ?\\d+ of"));
    assertEquals("Release", required("Guide,\\s+Release"));
    assertEquals("colo", required("colou?r"));
    assertEquals("abc", required("abc(?:defgh)?"));
    assertEquals("abc", required("abc(?:defgh){0,2}"));
  }

  @Test
  void aRepeatedCharacterIsRequiredOnceAndEndsItsRun() {
    assertEquals("ab", required("ab+c"));
    assertEquals("xyz", required("a{2}xyz"));
  }

  @Test
  void escapedMarksAreLiteralAndClassEscapesAreNot() {
    assertEquals("a.b", required("a\\.b\\d"));
    assertEquals("x", required("\\p{L}+x\\p{Lu}"));
  }

  @Test
  void whatTheReadingDoesNotKnowRequiresNothing() {
    assertEquals("", required("alpha|beta"));
    assertEquals("", required("\\x41bc"));
    assertEquals("", required("\\Qa.b\\E"));
    assertEquals("", required("(a)\\1"));
    assertEquals("", RequiredText.of(Pattern.compile("a b c", Pattern.COMMENTS)).text());
    assertEquals("", required("(?x) a b c"));
  }

  @Test
  void aLookaroundIsNotRequired() {
    assertEquals("end", required("(?=start)end"));
    assertEquals("end", required("(?<!longer)end"));
  }

  @Test
  void aTextIsComparedIgnoringCase() {
    RequiredText text = RequiredText.of(Pattern.compile("(?i)deprecated"));

    assertTrue(text.mayMatch("This call is DEPRECATED."));
    assertFalse(text.mayMatch("This call is current."));
    assertTrue(RequiredText.of(Pattern.compile("a|b")).mayMatch(""));
  }

  /**
   * The scan that tells the first character cheaply answers as a case-insensitive comparison at every place does,
   * for letters whose cases meet outside ASCII too (the Kelvin sign, the long s, the dotless i).
   */
  @Test
  void aTextHoldsTheRequiredTextAsRegionMatchesTellsIt() {
    List<String> pieces = List.of("k", "K", "\u212a", "s", "S", "\u017f", "i", "I", "\u0131", "\u0130", "\u00e9",
        "\u00c9", "a", "@", "`", "[", "{", " ", "\u4e2d");
    List<String> texts = RandomTexts.of(pieces, 5_000, 6);
    for (String required : List.of("k", "Ks", "si", "\u00e9k", "@a", "[i", "\u4e2da", "I")) {
      StringBuilder regex = new StringBuilder();
      required.chars().forEach(c -> regex.append(Character.isLetterOrDigit(c) ? "" : "\\").append((char) c));
      RequiredText text = RequiredText.of(Pattern.compile(regex.toString()));
      assertEquals(required, text.text());
      for (String candidate : texts) {
        boolean expected = false;
        for (int at = 0; at + required.length() <= candidate.length() && !expected; at++) {
          expected = candidate.regionMatches(true, at, required, 0, required.length());
        }
        assertEquals(expected, text.mayMatch(candidate), "'" + required + "' in '" + candidate + "'");
      }
    }
  }

  /** Whenever a pattern finds a match in a text, the text holds what the pattern requires. */
  @Test
  void noTextThatMatchesIsRuledOut() {
    List<String> patterns = List.of("(?:^|[.!?]\\s+)[\\W_]*(?i:deprecated)\\b", "(?i)[-–—:|]\\s*deprecated\\W*$",
        "ab+c", "a(?:bc)+d", "x[ab]?yz", "(?i)Page\\s+\\d+", "(?:ab|cd)ef", "a{1,3}bc", "\\(v\\d\\)", "(?i:a)B",
        "q(?=r)rs", "\\tx", "a.c", "[\\]x]yz");
    List<String> pieces = new ArrayList<>(List.of("deprecated", "Deprecated", "DEPRECATED", "Page", "PAGE", "bc", "ab",
        "ef", "yz", "rs", "(v1)", ". ", "\t", "\n", " - "));
    "abcdefqrsxyzABCDEF ()[].-:pgPG1v".chars().forEach(c -> pieces.add(Character.toString(c)));
    List<String> texts = RandomTexts.of(pieces, 20_000, 8);
    for (String source : patterns) {
      Pattern pattern = Pattern.compile(source);
      RequiredText required = RequiredText.of(pattern);
      int matched = 0;
      for (String text : texts) {
        if (pattern.matcher(text).find()) {
          matched++;
          assertTrue(required.mayMatch(text), source + " found in '" + text + "' without " + required.text());
        }
      }
      assertTrue(matched > 0, source + " matched none of the texts");
    }
  }

  @Test
  void constructsFoundUnsoundBeforeRequireNothingOrTheRightText() {
    assertEquals("ab", required("[x[]]]ab"), "a nested class may open with a literal bracket");
    assertEquals("c", required("[a[^]]b]c"));
    assertEquals("", required("(?x:a b c)"));
    assertEquals("", required("(?x)a b c(?-x)d"));
    assertEquals("", required("(?:\\Q)?abc(\\E)?"));
    assertTrue(RequiredText.of(Pattern.compile("a\uD83D\uDE00?")).mayMatch("a"),
        "a quantifier takes the whole character");
  }

  /**
   * Patterns built with a text each matches, from literals, escapes, classes, quoted runs, flags, anchors, groups of
   * every kind, alternatives and quantifiers: no text a pattern matches is ruled out.
   */
  @Test
  void noTextAGeneratedPatternMatchesIsRuledOut() {
    GeneratedPatterns patterns = new GeneratedPatterns(new Random(11));
    for (int i = 0; i < 20_000; i++) {
      GeneratedPatterns.Generated generated = patterns.sequence(0);
      Pattern pattern;
      try {
        pattern = Pattern.compile(generated.regex());
      } catch (PatternSyntaxException e) {
        continue;
      }
      RequiredText required = RequiredText.of(pattern);
      for (String text : patterns.variants(generated.text())) {
        if (pattern.matcher(text).find()) {
          assertTrue(required.mayMatch(text), generated.regex() + " matches '" + text + "' without " + required.text());
        }
      }
    }
  }

  private static String required(String source) {
    return RequiredText.of(Pattern.compile(source)).text();
  }
}
