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

  /** A title closing with a method in capitals in parentheses or brackets ({@code Retrieve Users (GET)}). */
  private static final Pattern CLOSING = Pattern.compile(
      "^\\S.*\\s[(\\[](" + MarkdownRequestLines.METHOD + ")[)\\]]$");

  /** A title opening with a method in capitals joined to a name ({@code POST-User}, {@code DELETE Servers}). */
  private static final Pattern OPENING = Pattern.compile(
      "^(" + MarkdownRequestLines.METHOD + ")(?:-|\\s*[-–—:]\\s*|\\s+)(\\p{L}[^/]*)$");

  private MethodTitle() {}

  /**
   * The method a title closes with ({@link #closing}) or opens with, joined to the name of what it acts on by a
   * hyphen or a space ({@code POST-User}, {@code DELETE Servers}), as a section documenting one call by its path
   * alone titles it; empty when it names none so.
   */
  public static Optional<String> ofNamedCall(String title) {
    Matcher matcher = OPENING.matcher(title.strip());
    if (matcher.matches() && !MarkdownRequestLines.METHOD_IN_WORDS.matcher(matcher.group(2)).find()) {
      return Optional.of(matcher.group(1));
    }
    // A title naming two methods ({@code PUT vs POST}) compares them: it names no call.
    return matcher.matches() ? Optional.empty() : closing(title);
  }

  /**
   * The method a title of other words closes with in parentheses or brackets ({@code Retrieve Users (GET)},
   * {@code Create a note [POST]}), in capitals; empty when it closes with none.
   */
  public static Optional<String> closing(String title) {
    Matcher matcher = CLOSING.matcher(title.strip());
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /** The method the title names, in capitals; empty when it names none, or names it among other words. */
  public static Optional<String> of(String title) {
    Matcher matcher = TITLE.matcher(title.strip());
    return matcher.matches() ? Optional.of(MarkdownRequestLines.method(matcher.group(1))) : Optional.empty();
  }
}
