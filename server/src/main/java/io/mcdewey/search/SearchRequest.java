package io.mcdewey.search;

import java.util.Objects;

/**
 * A question to the index.
 *
 * @param text the question in plain words
 * @param kind whether chunks or endpoints are wanted
 * @param product only this product, or empty for all
 * @param version only this release, or empty for all
 * @param limit at most this many results, at least 1
 * @param mode how to rank
 */
public record SearchRequest(String text, EntryKind kind, String product, String version, int limit,
    SearchMode mode) {

  public SearchRequest {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    product = product == null ? "" : product;
    version = version == null ? "" : version;
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    Objects.requireNonNull(mode, "mode");
  }

  /** A hybrid search over all products. */
  public static SearchRequest of(String text, EntryKind kind, int limit) {
    return new SearchRequest(text, kind, "", "", limit, SearchMode.HYBRID);
  }

  public SearchRequest withMode(SearchMode newMode) {
    return new SearchRequest(text, kind, product, version, limit, newMode);
  }
}
