package io.mcdewey.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CachingEmbedderTest {
  private final WordHashEmbedder model = new WordHashEmbedder();
  private final CachingEmbedder cached = new CachingEmbedder(model, 2);

  @Test
  void aQuestionAskedAgainIsNotEmbeddedAgain() {
    float[] first = cached.embed("hold a call");
    assertArrayEquals(first, cached.embed("hold a call"));
    assertEquals(1, model.embedded());
  }

  @Test
  void theLeastRecentlyAskedQuestionIsForgottenFirst() {
    cached.embed("a");
    cached.embed("b");
    cached.embed("a");
    cached.embed("c");
    cached.embed("a");
    assertEquals(3, model.embedded());
    cached.embed("b");
    assertEquals(4, model.embedded());
  }

  @Test
  void textsEmbeddedInBulkPassThrough() {
    cached.embedAll(List.of("x", "y"));
    cached.embed("x");
    assertEquals(3, model.embedded());
  }
}
