package io.mcdewey.score;

import java.util.regex.Pattern;

/** How titles are compared: as printed, but blind to the spacing and dash variants that text extraction varies. */
final class Titles {
  private Titles() {}

  private static final Pattern DASH = Pattern.compile("(?U)\\s*[-\u2010-\u2015\u2212]\\s*");
  private static final Pattern SPACE = Pattern.compile("(?U)\\s+");

  /** The title with every dash written {@code —} without spaces around it, and runs of spaces made one space. */
  static String normalise(String title) {
    String dashes = DASH.matcher(title.replace("\u00AD", "")).replaceAll("\u2014");
    return SPACE.matcher(dashes).replaceAll(" ").strip();
  }
}
