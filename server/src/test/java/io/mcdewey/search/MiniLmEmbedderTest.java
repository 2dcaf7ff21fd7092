package io.mcdewey.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.testing.CorpusLibrary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sentence model as the index uses it: unit vectors whose nearness follows meaning. */
class MiniLmEmbedderTest {
  private final Embedder model = CorpusLibrary.embedder();

  @Test
  void vectorsHaveTheModelsLengthAndUnitNorm() {
    float[] vector = model.embed("put the caller on hold");
    assertEquals(384, vector.length);
    assertEquals(1.0, Math.sqrt(dot(vector, vector)), 1e-4);
  }

  @Test
  void textsAboutTheSameThingLieCloserThanTextsAboutOthers() {
    float[] question = model.embed("put the caller on hold");
    float[] answer = model.embed("Call—Hold a Call. This API puts the agent's active call on hold.");
    float[] other = model.embed("Faxes arrive on a modem line and are routed to mailboxes.");
    assertTrue(dot(question, answer) > dot(question, other) + 0.2,
        dot(question, answer) + " against " + dot(question, other));
  }

  @Test
  void manyTextsAtOnceGetTheVectorsEachGetsAlone() {
    List<String> texts = List.of("sign an agent in", "transfer a call", "list the reason codes");
    List<float[]> together = model.embedAll(texts);
    for (int i = 0; i < texts.size(); i++) {
      assertArrayEquals(model.embed(texts.get(i)), together.get(i), 1e-5f, texts.get(i));
    }
  }

  @Test
  void theModelReadsOnlyTheBeginningOfALongText() {
    String beginning = "The agent signs in with an extension. ".repeat(40);
    assertArrayEquals(model.embed(beginning), model.embed(beginning + "Faxes are routed to mailboxes."), 1e-5f);
    assertTrue(dot(model.embed("  "), model.embed("-")) > 0.999, "blank text is embedded as a placeholder");
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
