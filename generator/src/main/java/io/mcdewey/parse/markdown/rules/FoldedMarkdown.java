package io.mcdewey.parse.markdown.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the markdown inside an HTML block whose tags stand on lines of their own without blank lines around them:
 * a folded section ({@code <details>}, its {@code <summary>}, {@code </details>}) as HackMD and other editors render
 * it, and a block marked as markdown ({@code <div class="grid cards" markdown>}, {@code <div markdown="1">}), as
 * kramdown, Python-Markdown's {@code md_in_html} extension and MkDocs Material read it. Commonmark takes the opening
 * line for an HTML block lasting to the next blank line, which swallows the headings, lists and code blocks inside
 * it as HTML text. Before commonmark reads the page, the two tags of a block marked as markdown, or of a fold whose
 * lines hold an ATX heading or a fence, become blank lines and a fold's summary a line of its text: no line moves. A
 * block marked as markdown whose closing tag is not on a line of its own holds the rest of the page; a fold of HTML
 * alone is left as it is, for the HTML reader.
 */
public final class FoldedMarkdown {
  private static final Pattern OPENING =
      Pattern.compile("(?i)^\\s*<([a-z][a-z0-9]*)((?:\\s[^<>]*)?)>\\s*$");
  /** The attribute marking a block's content as markdown: bare, {@code markdown="1"} or {@code markdown="block"}. */
  private static final Pattern MARKDOWN_ATTRIBUTE =
      Pattern.compile("(?i)\\smarkdown(?:\\s*=\\s*[\"']?(?:1|block)[\"']?)?(?=\\s|$)");
  private static final Pattern SUMMARY = Pattern.compile("(?i)^\\s*<summary(?:\\s[^<>]*)?>(.*)</summary>\\s*$");
  private static final Pattern MARKDOWN_LINE = Pattern.compile("^\\s{0,3}(?:#{1,6}\\s|```|~~~)");
  private static final Pattern TAG = Pattern.compile("<[^<>]+>");

  private FoldedMarkdown() {}

  /** The text with the tags of each block holding markdown read as blank lines, a fold's summary as text. */
  public static String unfolded(String markdown) {
    if (!markdown.contains("<details") && !markdown.contains(" markdown") && !markdown.contains("<DETAILS")) {
      return markdown;
    }
    String[] lines = markdown.split("\n", -1);
    boolean[] fenced = FencedLines.of(lines);
    boolean changed = false;
    for (int i = 0; i < lines.length; i++) {
      Matcher opening = fenced[i] ? null : OPENING.matcher(lines[i]);
      if (opening == null || !opening.matches()) {
        continue;
      }
      boolean fold = opening.group(1).equalsIgnoreCase("details");
      if (!fold && !MARKDOWN_ATTRIBUTE.matcher(opening.group(2)).find()) {
        continue;
      }
      int end = closing(lines, fenced, i, opening.group(1));
      if (fold && (end < 0 || !holdsMarkdown(lines, i + 1, end))) {
        continue;
      }
      // A block marked as markdown and never closed holds the rest of the page.
      lines[i] = "";
      if (end >= 0) {
        lines[end] = "";
      }
      Matcher summary = fold && i + 1 < end ? SUMMARY.matcher(lines[i + 1]) : null;
      if (summary != null && summary.matches()) {
        lines[i + 1] = TAG.matcher(summary.group(1)).replaceAll("").strip();
      }
      changed = true;
    }
    return changed ? String.join("\n", lines) : markdown;
  }

  /** The line closing the block of the tag opened at {@code open}, blocks of that tag inside it counted; or -1. */
  private static int closing(String[] lines, boolean[] fenced, int open, String tag) {
    String closingTag = "</" + tag + ">";
    int depth = 0;
    for (int i = open + 1; i < lines.length; i++) {
      if (fenced[i]) {
        continue;
      }
      Matcher opening = OPENING.matcher(lines[i]);
      if (opening.matches() && opening.group(1).equalsIgnoreCase(tag)) {
        depth++;
      } else if (lines[i].strip().equalsIgnoreCase(closingTag) && depth-- == 0) {
        return i;
      }
    }
    return -1;
  }

  private static boolean holdsMarkdown(String[] lines, int from, int to) {
    for (int i = from; i < to; i++) {
      if (MARKDOWN_LINE.matcher(lines[i]).lookingAt()) {
        return true;
      }
    }
    return false;
  }
}
