package io.mcdewey.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the vectors of the most recently asked questions: people and assistants ask the same things again, and
 * embedding a question costs milliseconds while a search without it costs microseconds. Entries in bulk
 * ({@link #embedAll}) pass through, since an index embeds each text once.
 */
public final class CachingEmbedder implements Embedder {
  private final Embedder embedder;
  private final Map<String, float[]> recent;

  /** Keeps the vectors of up to {@code capacity} texts, forgetting the least recently used first. */
  public CachingEmbedder(Embedder embedder, int capacity) {
    this.embedder = embedder;
    this.recent = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
        return size() > capacity;
      }
    };
  }

  @Override
  public String name() {
    return embedder.name();
  }

  @Override
  public int dimensions() {
    return embedder.dimensions();
  }

  @Override
  public float[] embed(String text) {
    synchronized (recent) {
      float[] known = recent.get(text);
      if (known != null) {
        return known.clone();
      }
    }
    float[] vector = embedder.embed(text);
    synchronized (recent) {
      recent.put(text, vector.clone());
    }
    return vector;
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    return embedder.embedAll(texts);
  }
}
