package io.mcdewey.diff;

/** Values shortened for one-line summaries: prose is cut at a word boundary. */
final class Abbreviation {
  private Abbreviation() {}

  /** The longest value shown whole. */
  static final int LIMIT = 60;

  /** The value with white space folded, cut after at most {@link #LIMIT} characters and marked with {@code ...}. */
  static String of(String value) {
    String folded = Normalized.text(value);
    if (folded.length() <= LIMIT) {
      return folded;
    }
    int cut = folded.lastIndexOf(' ', LIMIT);
    return folded.substring(0, cut > LIMIT / 2 ? cut : LIMIT) + "...";
  }
}
