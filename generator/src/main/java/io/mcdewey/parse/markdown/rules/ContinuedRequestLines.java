package io.mcdewey.parse.markdown.rules;

import io.mcdewey.parse.markdown.request.MarkdownRequest;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins a request line that a paragraph breaks between host and path: {@code GET https://{hostname}:{port}} ending a
 * line and {@code /cli/team/info?{parameters}} opening the next, as reference pages print a long URL over two lines.
 * Within a paragraph a line break is only a space, so the path belongs to the request line before it.
 */
public final class ContinuedRequestLines {
  /** A line that continues a URL: a path, a query or a further query parameter. */
  private static final Pattern CONTINUATION = Pattern.compile("^[/?&]\\S");
  private static final Pattern HOST_ONLY = Pattern.compile("(?i)^https?://[^/\\s]+$");

  private ContinuedRequestLines() {}

  /**
   * A paragraph's lines with every request line that ends at its host joined to the path line after it.
   *
   * @param lines the lines' text
   * @param numbers the lines' 1-based numbers, same size; a joined line keeps the first line's number
   * @return the lines, and their numbers, joined
   */
  public static Joined join(List<String> lines, List<Integer> numbers) {
    List<String> text = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i + 1 < lines.size() && endsAtHost(line) && CONTINUATION.matcher(lines.get(i + 1).strip()).find()) {
        line = line.stripTrailing() + lines.get(i + 1).strip();
        text.add(line);
        at.add(numbers.get(i));
        i++;
        continue;
      }
      text.add(line);
      at.add(numbers.get(i));
    }
    return new Joined(List.copyOf(text), List.copyOf(at));
  }

  /** Whether a line is a request line whose URL names a host and no path. */
  private static boolean endsAtHost(String line) {
    List<MarkdownRequest> requests = MarkdownRequestLines.opening(line, 0);
    return requests.size() == 1 && HOST_ONLY.matcher(requests.get(0).uri()).matches()
        && requests.get(0).note().isEmpty();
  }

  public record Joined(List<String> lines, List<Integer> numbers) {}
}
