package io.mcdewey.parse.markdown.request;

/**
 * A request line as a guide prints it ({@code GET /api/v2/kennels/OWNER HTTP/1.1}).
 *
 * @param method the HTTP method, in upper case
 * @param uri the URI as printed, with breaks from text extraction repaired
 * @param note the text that follows the URI up to the next request line ({@code (where BOWL is ...)}), possibly
 *     empty
 * @param line the 1-based line it is printed on
 */
public record MarkdownRequest(String method, String uri, String note, int line) {

  public MarkdownRequest withUri(String newUri) {
    return new MarkdownRequest(method, newUri, note, line);
  }
}
