package io.mcdewey.parse.markdown.request;

import io.mcdewey.model.ParameterLocation;
import io.mcdewey.parse.UriTemplate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells a raw HTTP message in a code block from a request's syntax: a request line followed by header lines shows
 * an exchange, with values, unless its request line writes variables as the syntax does.
 */
public final class RawMessages {
  /** A header naming the media type a request sends or accepts ({@code Content-Type: application/json; v=2}). */
  /**
   * A header whose value is a placeholder, perhaps after its scheme ({@code Authorization: Bearer <token>},
   * {@code X-Api-Key: {apiKey}}, {@code Authorization: Bearer YOUR_TOKEN}, a credential's header holding a name in
   * capitals and underscores, {@code Authorization: Bearer ACCESS_TOKEN}): what a synopsis writes, not a value sent,
   * as no key or token is written so; other headers' values may be so written ({@code X-Tenant: ACME_CORP}).
   */
  private static final Pattern PLACEHOLDER_HEADER = Pattern.compile("[A-Za-z][\\w-]*:\\s*(?:[A-Za-z]+\\s+)?"
      + "(?:<[^<>]+>|\\{\\{?[^{}]+}}?|\\$\\{?[A-Z_]+}?|(?:YOUR|MY)_[A-Z_]+|\\[[^\\]]+])"
      + "|(?i:[\\w-]*(?:auth|key|token)[\\w-]*):\\s*(?:[A-Za-z]+\\s+)?[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+");
  /** A query parameter given a value, not a placeholder ({@code ?marca=Ford}, {@code &limit=50}). */
  private static final Pattern QUERY_VALUE = Pattern.compile("[?&][\\w.-]+=[\\w.-]");
  /** An optional query in parentheses after a request line's path ({@code (?from=YYYY-MM-dd)}). */
  private static final Pattern OPTIONAL_QUERY = Pattern.compile("\\(\\?[^()]*\\)");
  private static final Pattern MEDIA_TYPE_HEADER = Pattern.compile("(?i)(?:content-type|accept)\\s*:\\s*\\S.*");
  /** A header field line ({@code Content-Type: application/json}). */
  private static final Pattern HEADER_LINE = Pattern.compile("^[\\w-]+\\s*:\\s");

  private RawMessages() {}

  /** Whether a line opens as a header field does ({@code Content-Type: text/plain}). */
  public static boolean isHeaderLine(String line) {
    return HEADER_LINE.matcher(line).find();
  }

  /**
   * Whether a code block's request lines, the first {@code requestLines} of its lines, are followed by a header line:
   * a raw HTTP message shows an exchange, and documents an endpoint only under a label that says so, in a section
   * that has printed no request line of its own.
   */
  public static boolean isRawMessage(List<String> lines, int requestLines) {
    return requestLines < lines.size() && isHeaderLine(lines.get(requestLines));
  }

  /**
   * Whether a block is a request's synopsis rather than an exchange: its request lines print no HTTP version and only
   * the media types it sends or accepts, or headers whose values are placeholders, follow them ({@code POST /api/todos}
   * over {@code Content-Type: application/json} and {@code Authorization: Bearer <token>}), perhaps with the body it
   * sends after a blank line, no other header or answer.
   */
  public static boolean isSynopsis(List<String> lines, int requestLines) {
    if (lines.subList(0, requestLines).stream().anyMatch(line -> line.contains(" HTTP/")
        || QUERY_VALUE.matcher(OPTIONAL_QUERY.matcher(line).replaceAll("")).find())) {
      // A version, or a query given values ({@code ?marca=Ford}), prints a request sent, not its synopsis; an optional
      // query in parentheses shows the form of its values ({@code (?from=YYYY-MM-dd)}).
      return false;
    }
    // The headers end at the first blank line; a body may follow it, the example the synopsis sends.
    int headers = requestLines;
    while (headers < lines.size() && !lines.get(headers).isBlank()) {
      headers++;
    }
    List<String> head = lines.subList(requestLines, headers);
    // What follows the blank line is the body sent, not an answer ({@code HTTP/1.1 200 OK}): an exchange.
    return !head.isEmpty() && head.stream().allMatch(line -> MEDIA_TYPE_HEADER.matcher(line.strip()).matches()
            || PLACEHOLDER_HEADER.matcher(line.strip()).matches())
        && lines.subList(headers, lines.size()).stream().noneMatch(line -> line.strip().startsWith("HTTP/"));
  }

  /**
   * Whether request lines write variables ({@code GET /{admin}/usage HTTP/1.1}): a raw message printed so shows the
   * request's syntax, as a request line does, rather than an exchange with values.
   */
  public static boolean writesVariables(List<MarkdownRequest> requests) {
    return requests.stream().map(request -> UriTemplate.parse(request.uri()))
        .anyMatch(uri -> uri != null && uri.parameters().stream()
            .anyMatch(parameter -> parameter.location() == ParameterLocation.PATH));
  }
}
