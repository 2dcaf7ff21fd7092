package io.mcdewey.parse.markdown.rules;

import java.util.regex.Pattern;

/**
 * Kramdown's markup that prints nothing, as Jekyll sites write it: a block attribute list on a line of its own
 * ({@code {: .label .label-blue }}, {@code {: .no_toc }}, {@code {:toc}}) styles the block before it and says nothing
 * of the API, so its line is no text; a line break or rule alone on its line is spacing. (An HTML block opened by a
 * tag with {@code markdown="1"} holds markdown: {@link FoldedMarkdown} reads it.)
 */
public final class KramdownMarkup {
  private static final Pattern BLOCK_ATTRIBUTES = Pattern.compile("^\\s*\\{:[^{}]*}\\s*$");

  /** A line break or rule alone on its line ({@code <br/>}, {@code <hr>}), as Jekyll pages space their sections. */
  private static final Pattern LONE_SPACING_TAG = Pattern.compile("(?i)^\\s{0,3}<(?:br|hr)\\s*/?>\\s*$");

  private KramdownMarkup() {}

  /**
   * The page with each line break or rule alone on its line made a blank line: kramdown reads such a tag as spacing
   * and the heading under it as a heading ({@code <br/>} over {@code ### Create a note}), where CommonMark would open a
   * block of HTML running to the next blank line and swallow the heading and the table after it. Lines keep their
   * numbers; lines inside fenced code are left as they are.
   */
  public static String withSpacingTagsBlank(String markdown) {
    if (!markdown.contains("<br") && !markdown.contains("<hr") && !markdown.contains("<BR")) {
      return markdown;
    }
    String[] lines = markdown.split("\n", -1);
    boolean[] fenced = FencedLines.of(lines);
    boolean changed = false;
    for (int i = 0; i < lines.length; i++) {
      if (!fenced[i] && LONE_SPACING_TAG.matcher(lines[i]).matches()) {
        lines[i] = "";
        changed = true;
      }
    }
    return changed ? String.join("\n", lines) : markdown;
  }

  /** Whether a line is a block attribute list alone. */
  public static boolean isBlockAttributes(String line) {
    return line.indexOf('{') >= 0 && BLOCK_ATTRIBUTES.matcher(line).matches();
  }
}
