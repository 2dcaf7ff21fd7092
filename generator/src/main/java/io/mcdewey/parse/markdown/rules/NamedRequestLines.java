package io.mcdewey.parse.markdown.rules;

import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a request printed as a method badge with the request's name, its URL on the next line
 * ({@code GET Get all invoices}, then {@code https://api.example.com/invoices?status=paid}), as API clients' published
 * documentation prints each saved request (Postman abbreviates DELETE to {@code DEL}). The name titles the request.
 */
public final class NamedRequestLines {
  private static final Pattern BADGE_AND_NAME =
      Pattern.compile("^(GET|POST|PUT|PATCH|DELETE|DEL|HEAD|OPTIONS)\\s+(\\p{L}[^/]*)$");
  private static final Pattern URL_ALONE = Pattern.compile("(?i)^(?:https?://\\S+|\\{\\{\\w+}}\\S*|/\\S*)$");
  /** The level of the heading a request's name becomes: below any heading of the page. */
  private static final int NAME_LEVEL = 6;

  private NamedRequestLines() {}

  /**
   * The title and request line of a badge-and-name line followed by a URL line, if line {@code index} opens them.
   *
   * @return a heading naming the request and the request line
   */
  public static Optional<List<MarkdownElement>> at(List<String> lines, List<Integer> numbers, int index) {
    if (index + 1 >= lines.size()) {
      return Optional.empty();
    }
    String line = lines.get(index).strip();
    if (line.isEmpty() || "GPDHO".indexOf(line.charAt(0)) < 0) {
      // Told before the patterns run: a badge opens with a method's first letter, and most lines do not.
      return Optional.empty();
    }
    Matcher badge = BADGE_AND_NAME.matcher(line);
    String url = lines.get(index + 1).strip();
    if (!badge.matches() || !URL_ALONE.matcher(url).matches()) {
      return Optional.empty();
    }
    String method = badge.group(1).equals("DEL") ? "DELETE" : badge.group(1).toUpperCase(Locale.ROOT);
    return Optional.of(List.of(
        new MarkdownElement.Heading(NAME_LEVEL, badge.group(2).strip(), numbers.get(index), false),
        new MarkdownElement.TextLine(method + " " + url, numbers.get(index + 1), false)));
  }
}
