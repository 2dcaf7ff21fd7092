package io.mcdewey.parse.markdown.dialect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Emacs Org mode's markup read as markdown before commonmark reads the page: headings opened by stars
 * ({@code ** Websites}, the count the level), source and example blocks ({@code #+BEGIN_SRC bash} ... {@code
 * #+END_SRC}) as fences, verbatim and code ({@code =GET /api/sites=}, {@code ~id~}) as code spans, and a table's rule
 * ({@code |---+---|}) as a delimiter row. A page is taken for Org only where a line sets a keyword or opens a block
 * ({@code #+TITLE:}, {@code #+BEGIN_SRC}), a line is a heading so (markdown reads {@code * item} as a bullet) and no
 * line is a markdown fence. No line moves.
 */
public final class OrgMarkup {
  /** A keyword or block line at a line's start: one indented may be an example inside a code block. */
  private static final Pattern KEYWORD = Pattern.compile("(?im)^#\\+(?:begin_|title:|options:|author:)");
  private static final Pattern HEADING_LINE = Pattern.compile("(?m)^\\*+[ \\t]+\\S");
  /** A markdown fence: a page printing one is markdown, whatever it shows of Org. */
  private static final Pattern FENCE = Pattern.compile("(?m)^[ \\t]{0,3}(?:```|~~~)");
  private static final Pattern HEADING = Pattern.compile("^(\\*{1,6})[ \\t]+(\\S.*)$");
  private static final Pattern BLOCK_START =
      Pattern.compile("(?i)^[ \\t]*#\\+begin_(?:src|example)(?:[ \\t]+([\\w+-]+))?.*$");
  private static final Pattern BLOCK_END = Pattern.compile("(?i)^[ \\t]*#\\+end_(?:src|example)[ \\t]*$");
  /** Verbatim or code, at most a few words long, as Org's own emphasis spans a short run of a line. */
  private static final Pattern VERBATIM =
      Pattern.compile("(?<![\\w=~])([=~])(\\S|\\S[^\\n]{0,200}?\\S)\\1(?![\\w=~])");
  private static final Pattern TABLE_RULE = Pattern.compile("^[ \\t]*\\|-[-+|]*$");

  private OrgMarkup() {}

  /** The text with its Org markup as markdown, or the text itself when it is no Org page. */
  public static String asMarkdown(String text) {
    if (!text.contains("#+") || !KEYWORD.matcher(text).find() || !HEADING_LINE.matcher(text).find()
        || FENCE.matcher(text).find()) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    boolean inBlock = false;
    for (int i = 0; i < lines.length; i++) {
      Matcher start = BLOCK_START.matcher(lines[i]);
      if (inBlock) {
        inBlock = !BLOCK_END.matcher(lines[i]).matches();
        lines[i] = inBlock ? lines[i] : "```";
      } else if (start.matches()) {
        inBlock = true;
        lines[i] = "```" + (start.group(1) == null ? "" : start.group(1));
      } else if (lines[i].startsWith("#+")) {
        // A keyword line ({@code #+TITLE: ...}) sets the document's options: no text.
        lines[i] = "";
      } else {
        lines[i] = line(lines[i]);
      }
    }
    return String.join("\n", lines);
  }

  private static String line(String text) {
    Matcher heading = HEADING.matcher(text);
    if (heading.matches()) {
      return "#".repeat(heading.group(1).length()) + " " + spans(heading.group(2));
    }
    if (TABLE_RULE.matcher(text).matches()) {
      return text.replace('+', '|');
    }
    return spans(text);
  }

  private static String spans(String text) {
    return text.indexOf('=') < 0 && text.indexOf('~') < 0 ? text : VERBATIM.matcher(text).replaceAll("`$2`");
  }
}
