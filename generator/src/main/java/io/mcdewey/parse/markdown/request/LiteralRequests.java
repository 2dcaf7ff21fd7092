package io.mcdewey.parse.markdown.request;

import io.mcdewey.parse.UriTemplate;
import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Request lines a line of text sets apart as code ({@code `GET /users`}), whole or opening the line. */
public final class LiteralRequests {
  /** What goes on with a URI right after it: a segment, a variable, a query, a suffix. */
  private static final String URI_GOES_ON = "/{}:?<>*_.[]&=%$~+";

  private LiteralRequests() {}

  /**
   * The requests a line of prose quotes whole as literals ({@code a legacy endpoint, `POST /v1/x/<id>`, does the
   * same}): a request line set apart as code documents an endpoint wherever it stands.
   */
  public static List<MarkdownRequest> quoted(MarkdownElement.TextLine line) {
    if (line == null) {
      return List.of();
    }
    List<MarkdownRequest> quoted = new ArrayList<>();
    for (MarkdownElement.TextLine.Literal literal : line.literals()) {
      // A call with its query filled in (`GET /entries?ids=1,2`) shows how to use an endpoint, not which it is.
      MarkdownRequestLines.opening(literal.text(), line.line()).stream()
          .filter(request -> !ExampleRequests.fillsQuery(UriTemplate.parse(request.uri())))
          .forEach(quoted::add);
    }
    return quoted;
  }

  /**
   * The request line a line opens with set apart as code, where the text after the code runs into it without a space
   * but cannot go on with the URI ({@code `GET /connector-plugins`- lists ...}): the code's end is the URI's. Text
   * that goes on with a path, a variable or a query ({@code `GET /files/`{path}}) is the URI's, and a line of
   * several requests is read whole.
   */
  public static Optional<String> opening(MarkdownElement.TextLine line) {
    if (line == null || line.literals().isEmpty() || line.literals().get(0).start() != 0) {
      return Optional.empty();
    }
    String literal = line.literals().get(0).text();
    String text = line.text();
    if (text.length() <= literal.length() || !text.startsWith(literal)) {
      return Optional.empty();
    }
    char next = text.charAt(literal.length());
    boolean goesOn = Character.isWhitespace(next) || Character.isLetterOrDigit(next) || URI_GOES_ON.indexOf(next) >= 0;
    return !goesOn && MarkdownRequestLines.ofTextLine(literal, line.line()).size() == 1
        && MarkdownRequestLines.ofTextLine(text, line.line()).size() == 1
        ? Optional.of(literal) : Optional.empty();
  }
}
