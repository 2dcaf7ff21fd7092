package io.mcdewey.parse.markdown;

import io.mcdewey.parse.UriTemplate;
import io.mcdewey.parse.markdown.request.ExampleRequests;
import io.mcdewey.parse.markdown.request.MarkdownExampleUris;
import io.mcdewey.parse.markdown.request.MarkdownRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * The requests a section's examples show, curl commands and raw HTTP messages, one per endpoint: they tell the
 * section's endpoint when no request line does.
 */
final class ShownRequests {
  private final List<MarkdownRequest> requests = new ArrayList<>();
  /** Whether a curl command showed a request, rather than only raw HTTP messages. */
  private boolean byCurl;

  /** Adds the requests of a curl command. */
  void addCurl(List<MarkdownRequest> shown) {
    byCurl = true;
    add(shown);
  }

  /**
   * Adds requests an example shows. Examples of one endpoint differ in their query and in naming the host: one
   * endpoint, shown by its first example with the query names of all. A request to a stand-in for any endpoint
   * ({@code /ENDPOINT}) shows none.
   */
  void add(List<MarkdownRequest> shown) {
    for (MarkdownRequest request : shown) {
      if (ExampleRequests.standsForAnyEndpoint(request)) {
        continue;
      }
      int known = sameEndpoint(request);
      if (known < 0) {
        requests.add(request);
      } else {
        MarkdownRequest first = requests.get(known);
        requests.set(known, first.withUri(MarkdownExampleUris.withQueryNamesOf(first.uri(), request.uri())));
      }
    }
  }

  /** The requests shown, one per endpoint, in the order their first examples show them. */
  List<MarkdownRequest> all() {
    return List.copyOf(requests);
  }

  boolean isEmpty() {
    return requests.isEmpty();
  }

  /** Whether a curl command showed a request: statuses alone make an endpoint of it, not of a raw HTTP message. */
  boolean byCurl() {
    return byCurl;
  }

  /**
   * The index of the request shown of the same method and path as {@code request}, or -1: a curl command names the
   * host its raw HTTP twin prints in a header instead, and examples differ in their query.
   */
  private int sameEndpoint(MarkdownRequest request) {
    String path = UriTemplate.parse(request.uri()).path();
    for (int i = 0; i < requests.size(); i++) {
      MarkdownRequest known = requests.get(i);
      if (known.method().equals(request.method()) && UriTemplate.parse(known.uri()).path().equals(path)) {
        return i;
      }
    }
    return -1;
  }
}
