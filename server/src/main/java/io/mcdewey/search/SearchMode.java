package io.mcdewey.search;

/** How results are ranked. */
public enum SearchMode {
  /** By shared words only (BM25). */
  KEYWORDS,
  /** By closeness of meaning only (nearest vectors). */
  VECTORS,
  /** Both rankings fused: what the server uses. */
  HYBRID
}
