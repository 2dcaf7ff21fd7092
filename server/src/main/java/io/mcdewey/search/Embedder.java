package io.mcdewey.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into a vector whose direction carries its meaning, so that texts about the same thing lie close
 * together. The index stores one vector per chunk and per operation and compares them with the query's.
 */
public interface Embedder {

  /**
   * A name for the model and how it is applied. An index built with another name is rebuilt: vectors of different
   * models cannot be compared.
   */
  String name();

  /** The length of every vector this embedder returns. */
  int dimensions();

  /** The vector of one text, of length {@link #dimensions()} and unit norm. */
  float[] embed(String text);

  /** The vectors of several texts, in order; implementations may batch them. */
  default List<float[]> embedAll(List<String> texts) {
    List<float[]> vectors = new ArrayList<>(texts.size());
    for (String text : texts) {
      vectors.add(embed(text));
    }
    return vectors;
  }
}
