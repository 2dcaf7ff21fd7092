package io.mcdewey.parse.markdown.rules;

import io.mcdewey.parse.markdown.request.MarkdownRequest;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import io.mcdewey.parse.markdown.request.RelativeRoutes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Joins a request line that a paragraph breaks between host and path: {@code GET https://{hostname}:{port}} ending a
 * line and {@code /cli/team/info?{parameters}} opening the next, as reference pages print a long URL over two lines.
 * Within a paragraph a line break is only a space, so the path belongs to the request line before it. A method
 * alone over its URL (or over a route printed without its slash, {@code api/v1/call}), a path alone over its methods
 * alone ({@code /jobs/start} then {@code POST}), and a URL printed a segment a line with each slash on a line of its
 * own, as text copied from a page whose address box holds one element a segment prints them, are joined too.
 */
public final class ContinuedRequestLines {
  /**
   * A line that continues a URL: a path, a query or a further query parameter, or the rest of a host a line break cut
   * before its top-level domain, the whole line ({@code .com/goa-sandbox-service/api/v2/orders}; not a host ending at
   * its port, nor {@code .NET/Java clients are generated}).
   */
  private static final Pattern CONTINUATION = Pattern.compile("^(?:[/?&]\\S|\\.[A-Za-z]{2,}(?::\\d+)?/\\S*$)");
  /** A request line ending at a port, whose host is whole. */
  private static final Pattern ENDS_AT_PORT = Pattern.compile(":\\d+\\s*$");
  private static final Pattern HOST_ONLY = Pattern.compile("(?i)^https?://[^/\\s]+$");
  private static final Pattern ABSOLUTE_OR_PATH = Pattern.compile("(?i)^(?:https?://\\S|/[\\w{<:])");
  /** A path segment alone on its line: a name, a version or a placeholder, no spaces. */
  private static final Pattern SEGMENT = Pattern.compile("[\\w.{}<>:$~-]+");

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
      int next = i + 1;
      boolean joinedMethod = false;
      if (next < lines.size() && isMethodAlone(line)) {
        // A method alone over its URL, as a page's method badge and address box print them; the URL's first
        // segment may follow a slash alone ({@code PATCH}, {@code /}, {@code v1.0}, ...).
        String first = lines.get(next).strip();
        boolean slashAlone = first.equals("/") && next + 1 < lines.size()
            && SEGMENT.matcher(lines.get(next + 1).strip()).matches();
        // Or a route without its slash ({@code GET}, {@code api/v1/call}), as Laravel Scribe's pages print it.
        boolean route = !slashAlone && RelativeRoutes.isRouteWithoutSlash(first);
        if (slashAlone || route || opensUri(first)) {
          line = line.strip() + (route ? " /" : " ") + first + (slashAlone ? lines.get(next + 1).strip() : "");
          next += slashAlone ? 2 : 1;
          joinedMethod = true;
        }
      }
      int methods = joinedMethod ? 0 : methodsUnderPath(lines, i);
      if (methods > 0) {
        // A path alone over its methods alone, as a page heading a resource by its path, its methods' badges under
        // it, prints them: a request line each.
        String path = line.strip();
        for (int method = 1; method < methods; method++) {
          text.add(lines.get(i + method).strip() + " " + path);
          at.add(numbers.get(i));
        }
        line = lines.get(i + methods).strip() + " " + path;
        next += methods;
        joinedMethod = true;
      }
      String after = next < lines.size() ? lines.get(next).strip() : "";
      boolean continues = CONTINUATION.matcher(after).find()
          && (after.charAt(0) != '.' || !ENDS_AT_PORT.matcher(line).find());
      if (continues && endsAtHost(line)) {
        line = line.stripTrailing() + lines.get(next).strip();
        next++;
      } else if (joinedMethod || endsAtHost(line)) {
        // A URL printed a segment a line ({@code https://host}, {@code /}, {@code api}, {@code /}, {@code v1}):
        // a slash alone, then the segment after it, for as long as they alternate.
        while (next + 1 < lines.size() && lines.get(next).strip().equals("/")
            && SEGMENT.matcher(lines.get(next + 1).strip()).matches()) {
          line = line.stripTrailing() + "/" + lines.get(next + 1).strip();
          next += 2;
        }
      }
      text.add(line);
      at.add(numbers.get(i));
      i = next - 1;
    }
    return new Joined(List.copyOf(text), List.copyOf(at));
  }

  /**
   * How many methods alone follow the path alone at an index, 0 when it is none or they are followed by a URI of its
   * own, which a method alone over it would be the method of.
   */
  private static int methodsUnderPath(List<String> lines, int at) {
    String line = lines.get(at).strip();
    if (!line.startsWith("/") || !opensUri(line)) {
      return 0;
    }
    int end = at + 1;
    while (end < lines.size() && isMethodAlone(lines.get(end))) {
      end++;
    }
    return end < lines.size() && opensUri(lines.get(end).strip()) ? 0 : end - at - 1;
  }

  /** Whether a line is a method alone, in capitals. */
  private static boolean isMethodAlone(String line) {
    String method = line.strip();
    return MarkdownRequestLines.isMethod(method) && method.equals(method.toUpperCase(Locale.ROOT));
  }

  /** Whether a line opens with an absolute URL or a path, as the line after a method alone prints its request's. */
  private static boolean opensUri(String line) {
    return ABSOLUTE_OR_PATH.matcher(line).lookingAt() && line.indexOf(' ') < 0;
  }

  /** Whether a line is a request line whose URL names a host and no path. */
  private static boolean endsAtHost(String line) {
    List<MarkdownRequest> requests = MarkdownRequestLines.opening(line, 0);
    return requests.size() == 1 && HOST_ONLY.matcher(requests.get(0).uri()).matches()
        && requests.get(0).note().isEmpty();
  }

  public record Joined(List<String> lines, List<Integer> numbers) {}
}
