package io.mcdewey.parse.markdown.rules;

import java.util.regex.Pattern;

/**
 * Kramdown's markup that prints nothing, as Jekyll sites write it: a block attribute list on a line of its own
 * ({@code {: .label .label-blue }}, {@code {: .no_toc }}, {@code {:toc}}) styles the block before it and says nothing
 * of the API, so its line is no text; an HTML block opened by a tag with {@code markdown="1"} holds markdown, which
 * kramdown (and Python-Markdown's {@code md_in_html}) parses as such.
 */
public final class KramdownMarkup {
  private static final Pattern BLOCK_ATTRIBUTES = Pattern.compile("^\\s*\\{:[^{}]*}\\s*$");
  private static final Pattern MARKDOWN_INSIDE =
      Pattern.compile("(?i)^\\s*<\\w+\\b[^>]*\\smarkdown\\s*=\\s*[\"']?(?:1|block)[\"']?[^>]*>\\s*$");

  private KramdownMarkup() {}

  /** Whether a line is a block attribute list alone. */
  public static boolean isBlockAttributes(String line) {
    return line.indexOf('{') >= 0 && BLOCK_ATTRIBUTES.matcher(line).matches();
  }

  /** Whether a line is an HTML tag alone whose content is markdown ({@code <div class="x" markdown="1">}). */
  public static boolean opensMarkdown(String line) {
    return line.contains("markdown") && MARKDOWN_INSIDE.matcher(line).matches();
  }
}
