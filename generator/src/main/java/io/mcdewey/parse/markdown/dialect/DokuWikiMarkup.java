package io.mcdewey.parse.markdown.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DokuWiki's markup, as its raw export ({@code do=export_raw}) and wikis built on it save a page, read as markdown
 * before commonmark reads the page: headings between runs of equal signs ({@code ====== Title ======} is the first
 * level, two signs the fifth), tables whose header cells open with a caret ({@code ^ Method ^ Route ^}) as pipe
 * rows (a header row without delimiter row is read as one), monospace {@code ''/users''} as code spans, internal
 * links {@code [[target|label]]} as their label (their pipe would split a cell), and {@code <code lang>} blocks as
 * fences, left as they are inside. Each line of a page keeps its number.
 *
 * <p>A page is taken for DokuWiki where two lines or more are headings written so and no line is a markdown heading
 * or a fence; a heading is then a line of its own, a header row opens its line, and a code block's tag opens its
 * line. Its headings close with their own signs and a table's header row gives its width, so a page saved with its
 * line breaks lost, a line or two opening with a heading ({@code ===== Tables ===== ^ Method ^ Route ^ | GET |
 * ''/tables'' | | POST | ...}), is read as the page it was: a heading is a line of its own, a header row opens one,
 * and the cells after it make rows of the header's width, the empty cell between two rows being their line break.
 */
public final class DokuWikiMarkup {
  private static final Pattern HEADING =
      Pattern.compile("(?<![=\\S])(={2,6})(?!=)[ \\t]*([^=\\n]*[^=\\s])[ \\t]*\\1(?![=\\S])");
  /** A heading alone on its line. */
  private static final Pattern HEADING_LINE =
      Pattern.compile("(?m)^[ \\t]*(={2,6})(?!=)[ \\t]*[^=\\n]*[^=\\s][ \\t]*\\1[ \\t]*$");
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("(?m)^(?:#{1,6}[ \\t]|[=-]{3,}[ \\t]*$|```|~~~)");
  private static final Pattern HEADER_ROW = Pattern.compile("(?<!\\S)\\^(?:[^\\^|\\n]+\\^){2,}");
  /** A code block's opening tag at a line's start: its tag, its language. */
  private static final Pattern CODE_TAG =
      Pattern.compile("(?m)^[ \\t]*<(code|file)(?=[\\s>])(?:[ \\t]+([\\w+-]+))?[^>\\n]*>");
  private static final Pattern MONOSPACE = Pattern.compile("''(?=\\S)([^'\\n]+?)''");
  private static final int TOP_LEVEL_SIGNS = 7;
  /** The most lines of a page whose line breaks were lost. */
  private static final int LINES_OF_A_FLATTENED_PAGE = 2;

  private DokuWikiMarkup() {}

  /** The text with its DokuWiki markup as markdown, or the text itself when it is no DokuWiki page. */
  public static String asMarkdown(String text) {
    if (!text.contains("==") || MARKDOWN_HEADING.matcher(text).find()) {
      return text;
    }
    boolean flattened = isFlattened(text);
    if (!flattened && !WikiSyntax.enoughHeadings(HEADING_LINE.matcher(text))) {
      return text;
    }
    StringBuilder markdown = new StringBuilder();
    Matcher code = CODE_TAG.matcher(text);
    int end = 0;
    while (code.find(end)) {
      int closing = text.indexOf("</" + code.group(1) + ">", code.end());
      if (closing < 0) {
        break;
      }
      markdown.append(markup(text.substring(end, code.start()), flattened));
      String body = text.substring(code.end(), closing);
      markdown.append("```").append(code.group(2) == null ? "" : code.group(2));
      markdown.append(body.startsWith("\n") ? "" : "\n").append(body).append(body.endsWith("\n") ? "" : "\n");
      markdown.append("```");
      end = closing + code.group(1).length() + "</>".length();
    }
    return markdown.append(markup(text.substring(end), flattened)).toString();
  }

  /** Whether a page lost its line breaks: a line or two, the first opening with a heading, two headings at least. */
  private static boolean isFlattened(String text) {
    String stripped = text.strip();
    return stripped.lines().count() <= LINES_OF_A_FLATTENED_PAGE && HEADING.matcher(stripped).lookingAt()
        && WikiSyntax.enoughHeadings(HEADING.matcher(stripped));
  }


  /** Markup outside code blocks: each line, and each run of a line that lost its breaks, as markdown lines. */
  private static String markup(String text, boolean flattened) {
    String spans = MONOSPACE.matcher(WikiSyntax.linksAsWords(text)).replaceAll("`$1`");
    List<String> lines = new ArrayList<>();
    for (String line : spans.split("\n", -1)) {
      // On a page that kept its lines, a heading is a line of its own and a header row opens its line.
      boolean heading = flattened || HEADING_LINE.matcher(line).matches();
      lines.addAll(heading ? headingsApart(line) : List.of(line));
    }
    List<String> markdown = new ArrayList<>();
    for (String line : lines) {
      markdown.addAll(flattened || line.stripLeading().startsWith("^") ? tableRows(line) : List.of(line));
    }
    return String.join("\n", markdown);
  }

  /** A line's headings as ATX headings on lines of their own. */
  private static List<String> headingsApart(String line) {
    Matcher heading = HEADING.matcher(line);
    if (!heading.find()) {
      return List.of(line);
    }
    List<String> lines = new ArrayList<>();
    int end = 0;
    do {
      addText(lines, line.substring(end, heading.start()));
      lines.add("#".repeat(TOP_LEVEL_SIGNS - heading.group(1).length()) + " " + heading.group(2).strip());
      end = heading.end();
    } while (heading.find());
    addText(lines, line.substring(end));
    return lines;
  }

  /** A line holding a caret header row as the text before it, the table in markdown, and the text after it. */
  private static List<String> tableRows(String line) {
    Matcher header = HEADER_ROW.matcher(line);
    if (!header.find()) {
      return List.of(line);
    }
    List<String> lines = new ArrayList<>();
    addText(lines, line.substring(0, header.start()));
    if (!lines.isEmpty()) {
      lines.add("");
    }
    List<String> names = cells(header.group().substring(1), '^');
    lines.add(row(names));
    String rest = line.substring(header.end()).strip();
    List<String> cells = rest.startsWith("|") ? cells(rest.substring(1), '|') : List.of();
    int used = 0;
    // The cells of rows saved on one line: a row of the header's width, then an empty cell where its line broke.
    while (used + names.size() <= cells.size() && cells.subList(used, used + names.size()).stream()
        .anyMatch(cell -> !cell.isEmpty())) {
      lines.add(row(cells.subList(used, used + names.size())));
      used += names.size();
      if (used < cells.size() && cells.get(used).isEmpty()) {
        used++;
      } else {
        break;
      }
    }
    if (used > 0) {
      lines.add("");
      addText(lines, afterCells(rest, used));
    } else {
      addText(lines, rest);
    }
    return lines;
  }

  /** The cells of a row after its opening mark, each stripped, up to its last mark; the text after it dropped. */
  private static List<String> cells(String row, char mark) {
    List<String> cells = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < row.length(); i++) {
      if (row.charAt(i) == mark) {
        cells.add(row.substring(start, i).strip());
        start = i + 1;
      }
    }
    return cells;
  }

  /** The text of a line after the row cells used, counting the marks that closed them. */
  private static String afterCells(String rest, int used) {
    int marks = 0;
    for (int i = 1; i < rest.length(); i++) {
      if (rest.charAt(i) == '|' && ++marks == used) {
        return rest.substring(i + 1);
      }
    }
    return "";
  }

  private static String row(List<String> cells) {
    return "| " + String.join(" | ", cells) + " |";
  }

  private static void addText(List<String> lines, String text) {
    if (!text.isBlank()) {
      lines.add(text.strip());
    }
  }
}
