package io.mcdewey.parse.markdown.dialect;

import io.mcdewey.parse.Whitespace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Literal blocks of reStructuredText: a paragraph ending in {@code ::}, a blank line, then indented lines, which
 * docutils prints as code (an example answer, a request). Commonmark reads lines indented less than four spaces as
 * text, so on a page written in reStructuredText each such block at the page's top level is rewritten as a fenced
 * code block before commonmark reads it: the blank lines around the block become its fences, and the marker is
 * dropped as docutils drops it ({@code Example output::} reads {@code Example output:}, a lone {@code ::} nothing).
 * Every line keeps its number. Blocks inside a directive's body are read with the directive ({@link RstBlocks}).
 */
public final class RstLiteralBlocks {
  private static final String FENCE = "```";

  private RstLiteralBlocks() {}

  /**
   * The text with its top-level literal blocks fenced, or the text itself when it is no reStructuredText.
   *
   * @param rst whether the page is reStructuredText, as its file's name or its explicit markup says
   */
  public static String asFences(String text, boolean rst) {
    if (!rst || !text.contains("::")) {
      return text;
    }
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    boolean changed = false;
    boolean fenced = false;
    for (int i = 0; i + 2 < lines.size(); i++) {
      String line = lines.get(i);
      if (line.stripLeading().startsWith(FENCE)) {
        fenced = !fenced;
        continue;
      }
      if (fenced || !opensLiteralBlock(line) || !lines.get(i + 1).isBlank() || !isIndented(lines.get(i + 2))) {
        continue;
      }
      int end = i + 2;
      while (end < lines.size() && (isIndented(lines.get(end))
          || lines.get(end).isBlank() && end + 1 < lines.size() && isIndented(lines.get(end + 1)))) {
        end++;
      }
      if (end < lines.size() && !lines.get(end).isBlank()) {
        // Text right under the block leaves no line for a closing fence: the block stays as commonmark reads it.
        continue;
      }
      lines.set(i, withoutMarker(line));
      lines.set(i + 1, FENCE);
      // The block's own indentation marks it as one, as a fence does now: its lines are printed without it.
      List<String> block = Whitespace.dedented(lines.subList(i + 2, end));
      for (int j = 0; j < block.size(); j++) {
        lines.set(i + 2 + j, block.get(j));
      }
      if (end < lines.size()) {
        lines.set(end, FENCE);
      } else {
        // The page's last block: the fence closing it follows every line.
        lines.add(FENCE);
      }
      changed = true;
      i = end;
    }
    return changed ? String.join("\n", lines) : text;
  }

  /** Whether an unindented line of text ends in the marker of a literal block, and is no directive or comment. */
  static boolean opensLiteralBlock(String line) {
    String text = line.stripTrailing();
    return text.endsWith("::") && !line.isEmpty() && !Character.isWhitespace(line.charAt(0))
        && !text.startsWith("..");
  }

  /** The line as docutils prints it: {@code text::} as {@code text:}, {@code text ::} as the text, {@code ::} not. */
  static String withoutMarker(String line) {
    String text = line.stripTrailing();
    String before = text.substring(0, text.length() - 2);
    return before.isBlank() || Character.isWhitespace(before.charAt(before.length() - 1))
        ? before.stripTrailing() : before + ":";
  }

  private static boolean isIndented(String line) {
    return !line.isBlank() && Character.isWhitespace(line.charAt(0));
  }
}
