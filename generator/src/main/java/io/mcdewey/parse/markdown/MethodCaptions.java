package io.mcdewey.parse.markdown;

import io.mcdewey.parse.markdown.request.LabelledPath;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A path printed alone on its line, with or without its leading slash ({@code api/v1/deals/}), over captions that each
 * name a method in capitals ({@code GET: Returns the deals}, {@code POST:}), as hand-written pages box an endpoint: the
 * path names the resource, each caption under it one request of it, until a heading or another path.
 */
final class MethodCaptions {
  /**
   * A route printed without its leading slash: segments of a URL's characters parted by two slashes at least, the
   * first a word and no host ({@code example.com/x}, {@code 2024/01/15}), so that words paired by one
   * ({@code and/or}) are none.
   */
  private static final Pattern RELATIVE_ROUTE =
      Pattern.compile("^\\p{L}[\\w{}~$-]*(?:/[\\w.{}:~$<>-]+){1,}(?:/[\\w.{}:~$<>-]*)$");
  /** A segment that makes a route of words parted by slashes: the API's, a version's or a variable. */
  private static final Pattern ROUTE_SEGMENT =
      Pattern.compile("(?i)(?:^|/)(?:api|rest|v\\d+(?:\\.\\d+)?|\\{[^}]*})(?:/|$)");

  private MethodCaptions() {}

  /** The path a line prints alone, as a request's path with its leading slash, or empty. */
  static Optional<String> pathAlone(String line) {
    String text = line.strip();
    if (LabelledPath.isPathAlone(text)) {
      return Optional.of(text);
    }
    // Words parted by slashes ({@code read/write/admin}) are a route only with a segment no sentence holds; a line
    // without a slash is told before the pattern runs.
    return text.indexOf('/') >= 0 && RELATIVE_ROUTE.matcher(text).matches() && ROUTE_SEGMENT.matcher(text).find()
        ? Optional.of("/" + text) : Optional.empty();
  }

  /** The method a line opens with as a caption, in capitals and closed by a colon ({@code POST:}), or empty. */
  static Optional<String> method(String line) {
    String text = line.strip();
    int colon = text.indexOf(':');
    // The caption's text may follow the colon without a space ({@code GET:Returns ...}), a path may not.
    if (colon < 3 || colon + 1 < text.length() && !Character.isWhitespace(text.charAt(colon + 1))
        && !Character.isLetter(text.charAt(colon + 1))) {
      return Optional.empty();
    }
    String word = text.substring(0, colon);
    return word.equals(word.toUpperCase(Locale.ROOT)) && MarkdownRequestLines.isMethod(word)
        ? Optional.of(MarkdownRequestLines.method(word)) : Optional.empty();
  }

  /** What a caption says after its method ({@code Returns the deals}), possibly empty. */
  static String description(String line) {
    String text = line.strip();
    return text.substring(text.indexOf(':') + 1).strip();
  }
}
