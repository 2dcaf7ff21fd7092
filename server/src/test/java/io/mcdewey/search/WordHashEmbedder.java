package io.mcdewey.search;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fast stand-in for a sentence model in tests of the index's mechanics: each word adds to one of a few dimensions,
 * so texts sharing words point the same way. Counts the texts it embeds.
 */
final class WordHashEmbedder implements Embedder {
  private static final int DIMENSIONS = 64;

  private final String name;
  private final AtomicInteger embedded = new AtomicInteger();

  WordHashEmbedder(String name) {
    this.name = name;
  }

  WordHashEmbedder() {
    this("word-hash");
  }

  /** How many texts were embedded so far. */
  int embedded() {
    return embedded.get();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int dimensions() {
    return DIMENSIONS;
  }

  @Override
  public float[] embed(String text) {
    embedded.incrementAndGet();
    float[] vector = new float[DIMENSIONS];
    vector[0] = 1e-3f;
    for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (!word.isEmpty()) {
        vector[Math.floorMod(word.hashCode(), DIMENSIONS)] += 1;
      }
    }
    double norm = 0;
    for (float value : vector) {
      norm += value * value;
    }
    for (int i = 0; i < DIMENSIONS; i++) {
      vector[i] /= (float) Math.sqrt(norm);
    }
    return vector;
  }
}
