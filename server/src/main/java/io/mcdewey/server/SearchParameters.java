package io.mcdewey.server;

/**
 * The parameters of a search, checked: {@code q} the question, {@code product} and {@code version} filters, and
 * {@code k} the number of results.
 *
 * @param query the question without invisible characters ({@link QueryText}), at most {@link #MAX_QUERY_CHARS}
 *     characters; empty when none was asked
 * @param product the product filter, empty for all
 * @param version the version filter, empty for all
 * @param limit how many results of each kind, 1 to {@link #MAX_LIMIT}
 */
record SearchParameters(String query, String product, String version, int limit) {
  static final int MAX_QUERY_CHARS = 1000;
  static final int MAX_LIMIT = 50;
  static final int DEFAULT_LIMIT = 10;

  /** Reads and checks raw parameter values, any of which may be {@code null}. */
  static SearchParameters read(String query, String product, String version, String limit)
      throws BadRequestException {
    String raw = query == null ? "" : query;
    if (raw.length() > MAX_QUERY_CHARS) {
      throw new BadRequestException("q is longer than " + MAX_QUERY_CHARS + " characters");
    }
    String text = QueryText.clean(raw);
    if (!raw.isBlank() && !QueryText.hasWords(text)) {
      throw new BadRequestException("q has no words to search for; ask in plain words, such as 'transfer a call'");
    }
    return new SearchParameters(text, orEmpty(product), orEmpty(version), limit(limit));
  }

  private static int limit(String limit) throws BadRequestException {
    if (limit == null || limit.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      int value = Integer.parseInt(limit.strip());
      if (value >= 1 && value <= MAX_LIMIT) {
        return value;
      }
    } catch (NumberFormatException e) {
      // falls through to the message
    }
    throw new BadRequestException("k must be a whole number from 1 to " + MAX_LIMIT + "; got '" + limit + "'");
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value.strip();
  }
}
