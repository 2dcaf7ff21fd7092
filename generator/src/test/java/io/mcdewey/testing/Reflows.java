package io.mcdewey.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays the same text out again the way another conversion of a guide would: doubled spaces, other line breaks,
 * paragraphs wrapped at another width. Page text of a chunk export may change anywhere; markdown changes only in its
 * prose, never in code blocks or table rows, and never where a line break would change the document's structure.
 */
public final class Reflows {
  /** Where a line break would start a block of its own: a heading, list item, quote, table, fence or HTML. */
  private static final Pattern BLOCK_START = Pattern.compile("[#>|<=`~*+-]|\\d+[.)]");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
  private static final Pattern LIST_ITEM = Pattern.compile("^(?:[*+-]|\\d+[.)])(?: |$)");
  /** A setext underline, or a section adornment of reStructuredText ({@code ^^^^}, {@code ~~~~}). */
  private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}([=\\-`:.'\"~^_*+#])\\1* *$");
  /** reStructuredText explicit markup ({@code .. http:get:: /x}) or a field ({@code :param id:}): blocks, no prose. */
  private static final Pattern RST_MARKUP = Pattern.compile("^(?:\\.\\.(?:\\s|$)|:[^:\\s][^:]*:(?:\\s|$))");
  private static final Pattern THEMATIC_BREAK = Pattern.compile("^ {0,3}(?:(?:\\* *){3,}|(?:- *){3,}|(?:_ *){3,})$");

  private Reflows() {}

  /**
   * Doubles some of the single spaces between words, each with probability {@code share}; in markdown, not the space
   * after a list marker, which sets how far the item's nested lists are indented.
   */
  public static String doubleSpaces(String text, boolean markdown, Random random, double share) {
    return eachLine(text, markdown, false, line -> {
      Matcher marker = LIST_ITEM.matcher(line);
      int kept = markdown && marker.lookingAt() ? marker.end() : 0;
      return line.substring(0, kept) + replaceSpaces(line.substring(kept), random, share, "  ", false);
    });
  }

  /** Replaces some of the single spaces between words by a line break, each with probability {@code share}. */
  public static String breakLines(String text, boolean markdown, Random random, double share) {
    return eachLine(text, markdown, true, line -> replaceSpaces(line, random, share, "\n", markdown));
  }

  /**
   * Wraps text at {@code width} columns. Page text keeps its own line breaks and breaks its longer lines; a markdown
   * paragraph is joined into one line and wrapped again. A word longer than the width stands on a line of its own.
   */
  public static String wrap(String text, boolean markdown, int width) {
    if (!markdown) {
      List<String> lines = new ArrayList<>();
      for (String line : text.split("\n", -1)) {
        lines.add(wrapped(line, width));
      }
      return String.join("\n", lines);
    }
    List<String> lines = List.of(text.split("\n", -1));
    boolean[] prose = proseLines(lines, true);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!prose[i]) {
        out.add(lines.get(i));
        continue;
      }
      StringBuilder paragraph = new StringBuilder(lines.get(i).strip());
      while (i + 1 < lines.size() && prose[i + 1]) {
        paragraph.append(' ').append(lines.get(++i).strip());
      }
      out.add(wrapped(paragraph.toString(), width));
    }
    return String.join("\n", out);
  }

  private static String wrapped(String line, int width) {
    StringBuilder out = new StringBuilder();
    int column = 0;
    String[] words = line.split(" ", -1);
    for (int i = 0; i < words.length; i++) {
      if (i > 0 && column > 0 && column + 1 + words[i].length() > width) {
        out.append('\n');
        column = 0;
      } else if (i > 0) {
        out.append(' ');
        column++;
      }
      out.append(words[i]);
      column += words[i].length();
    }
    return out.toString();
  }

  private static String eachLine(String text, boolean markdown, boolean paragraphsOnly,
      UnaryOperator<String> change) {
    List<String> lines = List.of(text.split("\n", -1));
    boolean[] changeable = markdown ? proseLines(lines, paragraphsOnly) : null;
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      out.add(changeable == null || changeable[i] ? change.apply(lines.get(i)) : lines.get(i));
    }
    return String.join("\n", out);
  }

  /**
   * The markdown lines whose words may be spaced or broken differently: not in a fenced block, not indented (an
   * indented code block or a list item's continuation), not a table row, not HTML and not a thematic break or setext
   * underline. With {@code paragraphsOnly}, only paragraph lines: no heading or list item (where a line break ends
   * the block or changes what belongs to it), no quote, and no line of a setext heading.
   */
  private static boolean[] proseLines(List<String> lines, boolean paragraphsOnly) {
    boolean[] prose = new boolean[lines.size()];
    boolean fenced = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (FENCE.matcher(line).find()) {
        fenced = !fenced;
        continue;
      }
      boolean plain = !fenced && !line.isBlank() && !Character.isWhitespace(line.charAt(0)) && !line.contains("|")
          && !line.startsWith("<") && !SETEXT_UNDERLINE.matcher(line).matches() && !RST_MARKUP.matcher(line).find()
          && !THEMATIC_BREAK.matcher(line).matches();
      if (plain && paragraphsOnly) {
        plain = !line.startsWith("#") && !line.startsWith(">") && !LIST_ITEM.matcher(line).find()
            && !beforeSetextUnderline(lines, i);
      }
      prose[i] = plain;
    }
    return prose;
  }

  /** Whether the paragraph holding line {@code i} is a setext heading, underlined by {@code ===} or {@code ---}. */
  private static boolean beforeSetextUnderline(List<String> lines, int i) {
    int next = i + 1;
    while (next < lines.size() && !lines.get(next).isBlank() && !SETEXT_UNDERLINE.matcher(lines.get(next)).matches()) {
      next++;
    }
    return next < lines.size() && SETEXT_UNDERLINE.matcher(lines.get(next)).matches();
  }

  /**
   * Replaces single spaces between two words with {@code by}, each with probability {@code share}; with
   * {@code keepBlocks}, not where the next word would open a block at the start of a line.
   */
  private static String replaceSpaces(String line, Random random, double share, String by, boolean keepBlocks) {
    StringBuilder out = new StringBuilder(line.length() + 16);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean between = c == ' ' && i > 0 && i + 1 < line.length() && !Character.isWhitespace(line.charAt(i - 1))
          && !Character.isWhitespace(line.charAt(i + 1));
      boolean opensBlock = keepBlocks && BLOCK_START.matcher(line).region(i + 1, line.length()).lookingAt();
      out.append(between && !opensBlock && random.nextDouble() < share ? by : String.valueOf(c));
    }
    return out.toString();
  }
}
