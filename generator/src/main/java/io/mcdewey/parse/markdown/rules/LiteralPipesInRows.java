package io.mcdewey.parse.markdown.rules;

/**
 * Escapes the pipes a table row prints inside code spans ({@code | `GROUP_NAME|GROUP_ID` | The group |}), which GFM
 * would take for cell borders: a literal is one value. GFM reads an escaped pipe as a pipe, inside a code span too.
 * Lines inside fenced code are left as they are.
 */
public final class LiteralPipesInRows {
  private LiteralPipesInRows() {}

  /** The text with every pipe inside a code span of a line that also prints a cell border escaped. */
  public static String escaped(String markdown) {
    if (markdown.indexOf('`') < 0 || markdown.indexOf('|') < 0) {
      return markdown;
    }
    StringBuilder out = new StringBuilder(markdown.length());
    String fence = null;
    String[] lines = markdown.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (i > 0) {
        out.append('\n');
      }
      String opening = fenceOf(line);
      if (fence == null && opening != null) {
        fence = opening;
      } else if (fence != null && opening != null && opening.charAt(0) == fence.charAt(0)
          && opening.length() >= fence.length()) {
        fence = null;
      } else if (fence == null && line.indexOf('`') >= 0 && line.indexOf('|') >= 0) {
        out.append(escapedRow(line));
        continue;
      }
      out.append(line);
    }
    return out.toString();
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

  /**
   * The line with the pipes inside its code spans escaped, where a pipe stands outside them too: a row's border.
   * A code span opens with a run of backticks and closes with a run as long; one left open is no span.
   */
  static String escapedRow(String line) {
    StringBuilder out = new StringBuilder(line.length() + 4);
    boolean border = false;
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        out.append(c).append(line.charAt(i + 1));
        i += 2;
        continue;
      }
      if (c != '`') {
        border |= c == '|';
        out.append(c);
        i++;
        continue;
      }
      int run = i;
      while (run < line.length() && line.charAt(run) == '`') {
        run++;
      }
      String ticks = line.substring(i, run);
      int close = closing(line, run, ticks.length());
      if (close < 0) {
        out.append(ticks);
        i = run;
        continue;
      }
      out.append(ticks);
      for (int at = run; at < close; at++) {
        char inside = line.charAt(at);
        boolean escapedAlready = at > run && line.charAt(at - 1) == '\\';
        out.append(inside == '|' && !escapedAlready ? "\\|" : String.valueOf(inside));
      }
      out.append(ticks);
      i = close + ticks.length();
    }
    return border ? out.toString() : line;
  }

  /** Where a run of exactly {@code length} backticks starts at or after {@code from}, or -1. */
  private static int closing(String line, int from, int length) {
    int i = from;
    while (i < line.length()) {
      if (line.charAt(i) != '`') {
        i++;
        continue;
      }
      int run = i;
      while (run < line.length() && line.charAt(run) == '`') {
        run++;
      }
      if (run - i == length) {
        return i;
      }
      i = run;
    }
    return -1;
  }
}
