package io.mcdewey.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded map forgetting the least recently used entry first, safe for concurrent callers. Held briefly under one
 * lock: a lookup costs far less than anything worth remembering, so the lock is never worth splitting.
 *
 * @param <K> the key
 * @param <V> the remembered value, which callers must not change
 */
final class RecentlyUsed<K, V> {
  private final Map<K, V> entries;

  RecentlyUsed(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.entries = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }

  /**
   * The value remembered for {@code key}, else the one {@code compute} makes, remembered. Computing happens outside
   * the lock, so two callers asking the same new key at once may both compute it; the last one's is kept.
   */
  <E extends Exception> V get(K key, Computation<K, V, E> compute) throws E {
    synchronized (entries) {
      V known = entries.get(key);
      if (known != null) {
        return known;
      }
    }
    V value = compute.apply(key);
    synchronized (entries) {
      entries.put(key, value);
    }
    return value;
  }

  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }

  /** Makes the value of a key not yet remembered. */
  @FunctionalInterface
  interface Computation<K, V, E extends Exception> {
    V apply(K key) throws E;
  }
}
