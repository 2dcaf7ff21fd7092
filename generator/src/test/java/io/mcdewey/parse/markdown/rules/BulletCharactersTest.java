package io.mcdewey.parse.markdown.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BulletCharactersTest {

  @Test
  void writesALinesOpeningBulletCharacterAsAListMarker() {
    assertEquals("Method\n  - GET\n- a\n◦b", BulletCharacters.asItems("Method\n  • GET\n▪ a\n◦b"));
  }

  @Test
  void leavesBulletsInsideSentencesDeepIndentsAndFencesAlone() {
    String markdown = "one • two\n    • code\n```\n• fenced\n```\n";
    assertEquals(markdown, BulletCharacters.asItems(markdown));
  }

  @Test
  void bulletsIndentedAsTheTextOfTheItemAboveAreItemsOfAListInsideIt() {
    assertEquals("  - Parameters:\n    - id: the client\n    - rut: its tax number\nText\n    • code",
        BulletCharacters.asItems("  • Parameters:\n    • id: the client\n    • rut: its tax number\nText\n    • code"));
  }
}
