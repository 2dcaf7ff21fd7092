package io.mcdewey.parse;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * The whitespace of regular expressions ({@code \s}: space, tab, line feed, vertical tab, form feed, carriage return),
 * told and collapsed without a pattern: the readers do so on every line and cell, where a pattern's matcher costs more
 * than the scan.
 */
public final class Whitespace {
  private static final Pattern RUN = Pattern.compile("\\s+");

  private Whitespace() {}

  /** The text parted at each run of whitespace, as {@code text.split("\\s+")} parts it, by a pattern made once. */
  public static String[] split(String text) {
    return RUN.split(text);
  }

  /** Whether {@code \s} matches the character. */
  public static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * Whether the text holds a character that a pattern's {@code .} does not match: a line break. A pattern's {@code $}
   * also matches before the last of them, so a scan that stands for a pattern holds only where there is none.
   */
  public static boolean holdsLineBreak(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  /** The text with every run of {@code \s} made one space, as {@code text.replaceAll("\\s+", " ")} writes it. */
  public static String singleSpaced(String text) {
    return oneSpacePerRun(text, c -> isSpace((char) c));
  }

  /**
   * The text with every run of the characters {@code spaces} accepts made one space: a run of two or more, or one
   * that is not a space itself. The text itself when it has none.
   */
  public static String oneSpacePerRun(String text, IntPredicate spaces) {
    int from = firstToChange(text, spaces);
    if (from < 0) {
      return text;
    }
    StringBuilder spaced = new StringBuilder(text.length()).append(text, 0, from);
    boolean inRun = false;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!spaces.test(c)) {
        spaced.append(c);
        inRun = false;
      } else if (!inRun) {
        spaced.append(' ');
        inRun = true;
      }
    }
    return spaced.toString();
  }

  /** Where the first run of whitespace that is not a lone space starts, or -1 when there is none. */
  private static int firstToChange(String text, IntPredicate spaces) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (spaces.test(c) && (c != ' ' || i + 1 < text.length() && spaces.test(text.charAt(i + 1)))) {
        return i;
      }
    }
    return -1;
  }

  /** Lines with the indentation their non-blank lines share removed; blank lines become empty. */
  public static List<String> dedented(List<String> lines) {
    int indent = lines.stream().filter(line -> !line.isBlank())
        .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
    return lines.stream().map(line -> line.isBlank() ? "" : line.substring(Math.min(indent, line.length()))).toList();
  }
}
