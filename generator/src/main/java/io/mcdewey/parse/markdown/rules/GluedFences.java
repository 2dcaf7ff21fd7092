package io.mcdewey.parse.markdown.rules;

import io.mcdewey.parse.markdown.MarkdownElement;

/**
 * Reads code blocks whose fences are glued to the JSON they hold ({@code ```[} over the document's lines and
 * {@code ]```} closing it), as hand-written pages print a payload. Commonmark takes the opening bracket for the
 * fence's info string and, no line being a fence alone, never closes the block: it swallows the page to its end. Before
 * commonmark reads the page, a line of such a block that closes with the fence's marks is parted from them; and the
 * info string that opens a JSON document ({@code [}, {@code {"id": 1,}) is read back as the block's first line.
 */
public final class GluedFences {
  private static final String FENCE = "```";

  private GluedFences() {}

  /** The text with the closing fence glued to a JSON block's last line put on the line after it. */
  public static String parted(String markdown) {
    if (!markdown.contains(FENCE + "{") && !markdown.contains(FENCE + "[")) {
      return markdown;
    }
    String[] lines = markdown.split("\n", -1);
    StringBuilder text = new StringBuilder(markdown.length() + 16);
    boolean inGluedBlock = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String stripped = line.strip();
      if (i > 0) {
        text.append('\n');
      }
      if (!inGluedBlock) {
        inGluedBlock = opensGluedBlock(stripped);
        text.append(line);
      } else if (stripped.equals(FENCE)) {
        inGluedBlock = false;
        text.append(line);
      } else if (stripped.endsWith(FENCE) && stripped.indexOf('`') == stripped.length() - FENCE.length()) {
        inGluedBlock = false;
        text.append(line, 0, line.lastIndexOf(FENCE)).append('\n').append(FENCE);
        if (i + 1 < lines.length && lines[i + 1].isBlank()) {
          // The blank line after the block gives the fence its line: no line after it moves.
          i++;
        }
      } else {
        text.append(line);
      }
    }
    return text.toString();
  }

  /** Whether a line opens a fence with the first character of a JSON document glued to it, and does not close it. */
  private static boolean opensGluedBlock(String line) {
    return line.startsWith(FENCE) && opensJson(line.substring(FENCE.length()))
        && line.indexOf('`', FENCE.length()) < 0;
  }

  /**
   * Whether an info string opens a JSON document: a bracket alone or before what a document's first member or item
   * opens with; not Pandoc's attributes ({@code {.javascript}}, {@code {#id}}).
   */
  static boolean opensJson(String info) {
    if (info.isEmpty() || info.charAt(0) != '{' && info.charAt(0) != '[') {
      return false;
    }
    if (info.length() == 1) {
      return true;
    }
    String rest = info.substring(1).strip();
    if (rest.isEmpty()) {
      return true;
    }
    char next = rest.charAt(0);
    return next == '"' || (info.charAt(0) == '{' ? next == '}'
        : next == ']' || next == '{' || next == '[' || next == '-' || Character.isDigit(next));
  }

  /** A fenced block, its info string read back as its first line where it opens a JSON document. */
  public static MarkdownElement.Code code(String info, String literal, int line) {
    String stripped = info.strip();
    if (opensJson(stripped)) {
      return new MarkdownElement.Code("", stripped + "\n" + literal, line);
    }
    return new MarkdownElement.Code(stripped, literal, line);
  }
}
