package io.mcdewey.parse.markdown.dialect;

import io.mcdewey.parse.markdown.rules.FencedLines;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python-Markdown's blocks whose content is indented under a marker line, as MkDocs sites write them: admonitions
 * ({@code !!! note "Title"}), collapsible ones ({@code ??? example "Sample"}, {@code ???+ tip}) and content tabs
 * ({@code === "Request"}; a tab has its title, so that a setext heading's {@code ===} is none). Commonmark reads the
 * marker as a paragraph and the indented lines as its continuation, so the fences inside run together into one line
 * of text. Before commonmark reads the page, the marker becomes its title alone (a caption of what it holds) or a
 * blank line, and the lines indented under it lose four spaces: inner blocks, tabs inside an admonition among them,
 * are read in turn. No line moves.
 */
public final class MkDocsBlocks {
  /** A marker line: its indentation, then its title if it has one. */
  private static final Pattern MARKER = Pattern.compile("^( *)(?:(?:!!!|\\?\\?\\?\\+?)[ \\t]+[\\w-]+(?:[ \\t]+[\\w-]+)*"
      + "(?:[ \\t]+\"([^\"]*)\")?|===!?[ \\t]+\"([^\"]*)\")[ \\t]*$");
  private static final int INDENT = 4;

  private MkDocsBlocks() {}

  /** The text with each marked block's marker as its title and its content dedented. */
  public static String dedented(String markdown) {
    if (!markdown.contains("!!! ") && !markdown.contains("??? ") && !markdown.contains("???+ ")
        && !markdown.contains("=== \"")) {
      return markdown;
    }
    String[] lines = markdown.split("\n", -1);
    boolean[] fenced = FencedLines.of(lines);
    boolean changed = false;
    for (int i = 0; i < lines.length - 1; i++) {
      Matcher marker = fenced[i] ? null : MARKER.matcher(lines[i]);
      if (marker == null || !marker.matches()) {
        continue;
      }
      int indent = marker.group(1).length() + INDENT;
      int end = i + 1;
      while (end < lines.length && (lines[end].isBlank() || indentOf(lines[end]) >= indent)) {
        end++;
      }
      while (end > i + 1 && lines[end - 1].isBlank()) {
        end--;
      }
      if (end == i + 1) {
        continue;
      }
      String title = marker.group(2) != null ? marker.group(2) : marker.group(3);
      lines[i] = title == null ? "" : marker.group(1) + title.strip();
      for (int j = i + 1; j < end; j++) {
        lines[j] = lines[j].isBlank() ? "" : dedented(lines[j], indent - INDENT);
      }
      changed = true;
    }
    if (!changed) {
      return markdown;
    }
    return String.join("\n", lines);
  }

  /** A content line without the four columns after its block's own indentation: a tab, or four spaces. */
  private static String dedented(String line, int from) {
    return line.substring(0, from) + line.substring(line.charAt(from) == '\t' ? from + 1 : from + INDENT);
  }

  /** The columns of the spaces a line opens with, a tab taken to the next multiple of four. */
  private static int indentOf(String line) {
    int columns = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        columns++;
      } else if (c == '\t') {
        columns += INDENT - columns % INDENT;
      } else {
        break;
      }
    }
    return columns;
  }
}
