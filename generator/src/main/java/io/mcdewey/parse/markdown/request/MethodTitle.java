package io.mcdewey.parse.markdown.request;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section title naming the one method of the requests the section lists by path alone: the method in capitals,
 * perhaps made plural, perhaps with a remark in parentheses ({@code GETs (reading data)}, {@code DELETE}), as
 * references that group their resources by method title those groups. A title with other words
 * ({@code GET requests and caching}) names no method: it may introduce any text.
 */
public final class MethodTitle {
  private static final Pattern TITLE = Pattern.compile(
      "^(" + MarkdownRequestLines.METHOD + ")s?(?:\\s*\\([^()]*\\))?$");

  private MethodTitle() {}

  /** The method the title names, in capitals; empty when it names none, or names it among other words. */
  public static Optional<String> of(String title) {
    Matcher matcher = TITLE.matcher(title.strip());
    return matcher.matches() ? Optional.of(MarkdownRequestLines.method(matcher.group(1))) : Optional.empty();
  }
}
