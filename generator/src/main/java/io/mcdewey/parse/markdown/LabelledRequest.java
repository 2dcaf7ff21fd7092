package io.mcdewey.parse.markdown;

import java.util.Optional;

/**
 * A request whose method and URI are printed apart, each under a label of its own ({@code Method: GET} and
 * {@code URI: /users}, a path captioning a table over its {@code Verb} row): a request line once both are seen, in
 * either order.
 */
final class LabelledRequest {
  private String method;
  private String uri;
  /** The line of the part seen last, where the request is said to stand. */
  private int line;

  /** Takes the method; the request it completes, if the URI was seen. */
  Optional<MarkdownRequest> method(String method, int line) {
    this.method = method;
    this.line = line;
    return completed();
  }

  /** Takes the URI; the request it completes, if the method was seen. */
  Optional<MarkdownRequest> uri(String uri, int line) {
    this.uri = uri;
    this.line = line;
    return completed();
  }

  /**
   * The URI left without any method, forgotten now: it makes no endpoint, since guides print base URLs and links that
   * way too.
   */
  Optional<String> withoutMethod() {
    Optional<String> left = Optional.ofNullable(uri);
    uri = null;
    return left;
  }

  /** The line of the part seen last. */
  int line() {
    return line;
  }

  private Optional<MarkdownRequest> completed() {
    if (method == null || uri == null) {
      return Optional.empty();
    }
    MarkdownRequest request = new MarkdownRequest(method, uri, "", line);
    method = null;
    uri = null;
    return Optional.of(request);
  }
}
