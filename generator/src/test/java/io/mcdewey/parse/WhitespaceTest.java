package io.mcdewey.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WhitespaceTest {

  @Test
  void toldAsPatternsTellIt() {
    Pattern space = Pattern.compile("\\s");
    for (char c = 0; c < 0x3000; c++) {
      assertEquals(space.matcher(String.valueOf(c)).matches(), Whitespace.isSpace(c), "char " + (int) c);
    }
  }

  @Test
  void makesEveryRunOneSpace() {
    assertEquals(" a b c ", Whitespace.singleSpaced("\t a  \r\nb\u000Bc\f"));
    assertFalse(Whitespace.singleSpaced("a\u00a0 b").contains("  "));
    assertTrue(Whitespace.singleSpaced("a\u00a0\u00a0b").contains("\u00a0\u00a0"));
  }

  @Test
  void keepsATextAlreadySinglySpaced() {
    String text = "GET /users/{id} HTTP/1.1";
    assertSame(text, Whitespace.singleSpaced(text));
  }

  @Test
  void spacesAsTheReplacingPatternDoes() {
    Pattern runs = Pattern.compile("\\s+");
    for (String text : RandomTexts.of(List.of("a", "b", " ", "\t", "\n", "\r", "\u000B", "\f", "\u00a0", "\u2028"),
        20_000, 12)) {
      assertEquals(runs.matcher(text).replaceAll(" "), Whitespace.singleSpaced(text), text);
    }
  }

  @Test
  void takesAwayTheIndentTheLinesShare() {
    assertEquals(List.of("PUT /x HTTP/1.0", "Host: y", "", "  {}"),
        Whitespace.dedented(List.of("  PUT /x HTTP/1.0", "  Host: y", "   ", "    {}")));
    assertEquals(List.of("a", " b"), Whitespace.dedented(List.of("a", " b")));
  }
}
