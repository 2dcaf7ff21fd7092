package io.mcdewey.parse.markdown.rules;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.request.MarkdownRequest;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the request of an API block saved as text from a GitBook page whose request is printed after the block's
 * parts: its method badge alone on a line ({@code get}), then its authorizations, parameters and responses, then the
 * badge again over the path, the path glued to the tab of the first answer ({@code /api/contacts200Success}) or an
 * HTTP request of the sample panel ({@code GET /api/locations HTTP/1.1}). The first badge becomes the request line,
 * so that the parts after it are the request's; the badge and path after the block are dropped (the sample request
 * stays, an example). A block printing its request only after its parts, the path glued to what follows it, has its
 * request moved before them.
 */
public final class RequestAfterItsBlock {
  /** A path alone, perhaps glued to the tab of an answer ({@code 200Success}). */
  private static final Pattern PATH = Pattern.compile("(/[^\\s]*?)(?:[1-5]\\d\\d\\p{Lu}\\p{Ll}+)?");
  /**
   * A path glued to what GitBook prints after a block: the caption of the next block's first part, the page's footer
   * ({@code /api/webhook/subscriptionAuthorizations}, {@code /api/webhook/{id}Last updated}), the footer in the page's
   * language when it is written in a script other than the path's ({@code /api/auth/refresh-tokenПоследнее
   * обновление}), or the tab of the block's sample answer, its status after the path's last letter
   * ({@code /api/auth/me200}, the answer's caption on the next line).
   */
  private static final Pattern PATH_BEFORE_NEXT_BLOCK = Pattern.compile("(/[^\\s]*?)(?:" + GluedPartCaptions.CAPTIONS
      + "|(?<=[\\p{IsLatin}\\d}])(?=[\\p{L}&&[^\\p{IsLatin}]]).+|(?<=\\p{L})(?<status>[1-5]\\d\\d))");
  /** How many lines a block spans at most. */
  private static final int LONGEST_BLOCK = 80;

  private RequestAfterItsBlock() {}

  public static List<MarkdownElement> read(List<MarkdownElement> elements) {
    return afterTheirParts(withBadgeRepeated(elements));
  }

  /**
   * Moves each request a block prints only after its parts, a badge alone over the path glued to the caption of the
   * next block's first part or to the page's footer ({@code /api/webhooks/{id}Last updated}), to where its parts
   * begin: after the heading or the request before it.
   */
  private static List<MarkdownElement> afterTheirParts(List<MarkdownElement> elements) {
    List<MarkdownElement> read = new ArrayList<>(elements);
    int start = 0;
    for (int i = 0; i + 1 < read.size(); i++) {
      if (read.get(i) instanceof MarkdownElement.Heading) {
        start = i + 1;
        continue;
      }
      Optional<String> method = badge(read.get(i));
      Matcher path = method.isEmpty() || !(read.get(i + 1) instanceof MarkdownElement.TextLine line)
          ? null : PATH_BEFORE_NEXT_BLOCK.matcher(line.text().strip());
      if (path == null || !path.matches() || start == i
          || path.group("status") != null && !answersAgain(read, start, i, path.group("status"))) {
        continue;
      }
      MarkdownElement.TextLine first = (MarkdownElement.TextLine) read.get(start);
      if (path.group("status") != null) {
        // The sample answer's tab repeats an answer of the block: its caption is dropped with its status.
        read.remove(i + 2);
      }
      read.remove(i + 1);
      read.remove(i);
      read.add(start, new MarkdownElement.TextLine(method.get() + " " + path.group(1), first.line(), false,
          List.of(), first.paragraph(), first.nested()));
      start = i + 1;
      i = start - 1;
    }
    return read;
  }

  /**
   * Whether the digits glued to a path after the badge at {@code badge} are the tab of the block's sample answer: a
   * status the block's answers list alone on a line, between {@code start} and the badge, with a caption opening with
   * a capital after the path, as the tab's ({@code /api/auth/me200} over {@code Successful Response}); digits closing
   * a path's last word ({@code /api/certs/x509}, {@code /hash/sha256}) are no status the block answers.
   */
  private static boolean answersAgain(List<MarkdownElement> elements, int start, int badge, String status) {
    int caption = badge + 2;
    if (caption >= elements.size() || !(elements.get(caption) instanceof MarkdownElement.TextLine line)
        || line.text().isBlank() || !Character.isUpperCase(line.text().strip().charAt(0))) {
      return false;
    }
    return elements.subList(start, badge).stream().anyMatch(element -> element instanceof MarkdownElement.TextLine
        answer && answer.text().strip().equals(status));
  }

  private static List<MarkdownElement> withBadgeRepeated(List<MarkdownElement> elements) {
    List<MarkdownElement> read = new ArrayList<>(elements);
    for (int i = 0; i + 1 < read.size(); i++) {
      Optional<String> method = badge(read.get(i));
      if (method.isEmpty() || routeAt(read, i + 1, method.get()).isPresent()) {
        continue;
      }
      for (int j = i + 2; j + 1 < read.size() && j <= i + LONGEST_BLOCK; j++) {
        if (read.get(j) instanceof MarkdownElement.Heading) {
          break;
        }
        Optional<String> again = badge(read.get(j));
        if (again.isEmpty()) {
          continue;
        }
        Optional<Route> route = again.equals(method) ? routeAt(read, j + 1, method.get()) : Optional.empty();
        if (route.isPresent()) {
          MarkdownElement.TextLine first = (MarkdownElement.TextLine) read.get(i);
          read.set(i, new MarkdownElement.TextLine(method.get() + " " + route.get().path(), first.line(), false,
              List.of(), first.paragraph(), first.nested()));
          read.remove(j);
          if (!route.get().sample()) {
            read.remove(j);
          }
        }
        break;
      }
    }
    return read;
  }

  /**
   * The path a line after a badge prints.
   *
   * @param sample whether the line is the sample panel's HTTP request, which stays as an example
   */
  private record Route(String path, boolean sample) {}

  private static Optional<Route> routeAt(List<MarkdownElement> elements, int at, String method) {
    if (!(elements.get(at) instanceof MarkdownElement.TextLine line) || line.listItem()) {
      return Optional.empty();
    }
    String text = line.text().strip();
    Matcher path = PATH.matcher(text);
    if (path.matches() && path.group(1).length() > 1) {
      return Optional.of(new Route(path.group(1), false));
    }
    List<MarkdownRequest> requests = text.contains(" HTTP/") ? MarkdownRequestLines.opening(text, line.line())
        : List.of();
    return requests.size() == 1 && requests.get(0).method().equals(method)
        ? Optional.of(new Route(requests.get(0).uri(), true)) : Optional.empty();
  }

  /** The method a badge in lower case alone on a line names, as GitBook prints it. */
  private static Optional<String> badge(MarkdownElement element) {
    if (!(element instanceof MarkdownElement.TextLine line) || line.listItem()) {
      return Optional.empty();
    }
    String text = line.text().strip();
    return !text.isEmpty() && Character.isLowerCase(text.charAt(0)) && MarkdownRequestLines.isMethod(text)
        ? Optional.of(MarkdownRequestLines.method(text)) : Optional.empty();
  }
}
