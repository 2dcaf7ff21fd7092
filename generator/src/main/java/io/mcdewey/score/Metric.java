package io.mcdewey.score;

/** What a score measures. */
public enum Metric {
  /** The key's entries found as operations, and operations the key does not list. */
  OPERATIONS("operations"),
  /** HTTP methods and paths, each one fact. */
  METHOD_PATH("method+path"),
  /** Parameters as (name, required) pairs; a key's {@code required: null} expects the parser to say nothing too. */
  PARAMETERS("parameters"),
  /** Distinct response status codes. */
  RESPONSES("responses");

  private final String label;

  Metric(String label) {
    this.label = label;
  }

  /** The name reports use ({@code method+path}). */
  public String label() {
    return label;
  }
}
