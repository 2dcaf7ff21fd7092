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
  /** The form fields each request's command sends as a template ({@link MarkdownCurl#formFields}), by index. */
  private final List<List<String>> formFields = new ArrayList<>();
  /** Whether a curl command showed a request, rather than only raw HTTP messages. */
  private boolean byCurl;

  /** Adds the request of a curl command, with the form fields it sends as a template. */
  void addCurl(MarkdownRequest shown, List<String> fields) {
    byCurl = true;
    add(List.of(shown));
    int index = sameEndpoint(shown);
    if (index >= 0) {
      List<String> known = formFields.get(index);
      fields.stream().filter(field -> !known.contains(field)).forEach(known::add);
    }
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
        formFields.add(new ArrayList<>());
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

  /** The form fields each request of {@link #all} sends as a template; empty lists for those that send none. */
  List<List<String>> formFields() {
    return formFields.stream().map(List::copyOf).toList();
  }

  /** Whether a command sent form fields as a template: its parameters, which document the section. */
  boolean sendsFormFields() {
    return formFields.stream().anyMatch(fields -> !fields.isEmpty());
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
