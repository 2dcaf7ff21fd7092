package io.mcdewey.cli;

/** Counted nouns for messages: {@code 1 warning}, {@code 2 warnings}. */
final class Nouns {
  private Nouns() {}

  /** The count and the noun, made plural with an {@code s} unless the count is one. */
  static String counted(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
