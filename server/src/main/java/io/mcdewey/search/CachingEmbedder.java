package io.mcdewey.search;

import java.util.List;

/**
 * Remembers the vectors of the most recently asked questions: people and assistants ask the same things again, and
 * embedding a question costs milliseconds while a search without it costs microseconds. Entries in bulk
 * ({@link #embedAll}) pass through, since an index embeds each text once.
 */
public final class CachingEmbedder implements Embedder {
  private final Embedder embedder;
  private final RecentlyUsed<String, float[]> recent;

  /** Keeps the vectors of up to {@code capacity} texts, forgetting the least recently used first. */
  public CachingEmbedder(Embedder embedder, int capacity) {
    this.embedder = embedder;
    this.recent = new RecentlyUsed<>(capacity);
  }

  @Override
  public String name() {
    return embedder.name();
  }

  @Override
  public int dimensions() {
    return embedder.dimensions();
  }

  /** A copy of the vector, since the remembered one is shared. */
  @Override
  public float[] embed(String text) {
    return recent.get(text, embedder::embed).clone();
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    return embedder.embedAll(texts);
  }
}
