package io.mcdewey.parse.markdown.rules;

/** Tells which lines of a page open, close or stand inside fenced code, which the rules over rows leave alone. */
public final class FencedLines {
  private FencedLines() {}

  /** For each line, whether it is a fence or inside fenced code. */
  public static boolean[] of(String[] lines) {
    boolean[] fenced = new boolean[lines.length];
    String fence = null;
    for (int i = 0; i < lines.length; i++) {
      String marks = fenceOf(lines[i]);
      if (fence != null) {
        fenced[i] = true;
        // A fence closes with a run as long at least of its own mark and nothing after it.
        boolean closes = marks != null && marks.charAt(0) == fence.charAt(0) && marks.length() >= fence.length()
            && lines[i].strip().length() == marks.length();
        fence = closes ? null : fence;
      } else if (marks != null) {
        fenced[i] = true;
        fence = marks;
      }
    }
    return fenced;
  }

  /** The run of backticks or tildes opening a fence on the line, or null. */
  private static String fenceOf(String line) {
    String stripped = line.stripLeading();
    if (line.length() - stripped.length() > 3 || stripped.length() < 3) {
      return null;
    }
    char mark = stripped.charAt(0);
    if (mark != '`' && mark != '~') {
      return null;
    }
    int run = 0;
    while (run < stripped.length() && stripped.charAt(run) == mark) {
      run++;
    }
    return run >= 3 ? stripped.substring(0, run) : null;
  }
}
