package io.mcdewey.parse.markdown.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request whose method and URI are printed apart, each under a label of its own ({@code Method: GET} and
 * {@code URI: /users}, a path captioning a table over its {@code Verb} row): a request line once both are seen, in
 * either order; a request line for each method when the label lists several ({@code GET, POST}).
 */
public final class LabelledRequest {
  /** The most lines from one item of a list of methods to the next: a blank line may part them. */
  private static final int LIST_ITEM_GAP = 2;
  /** The most lines between two URIs printed one under the other for one method. */
  private static final int NEIGHBOUR_LINES = 3;
  private List<String> methods;
  /** The URI of the request completed last, which a heading naming a method alone takes again. */
  private String completedUri;
  /** Whether a heading naming a method alone has made a request: the section titles its requests so. */
  private boolean methodHeadings;
  /** Whether another heading came between the URI and the method headings: the URI is not theirs. */
  private boolean uriPassed;
  private String uri;
  /** The line of the part seen last, where the request is said to stand. */
  private int line;
  /** Whether the URI only captions what follows, a heading or a table, and may name a resource rather than a call. */
  private boolean captioned;
  /** URIs printed just above the waiting one, under labels of their own, before any method: the method's too. */
  private final List<String> alsoUris = new ArrayList<>();
  /** The URI the item of a list of methods read last took, which the next item takes too. */
  private String listUri;
  /** The line of the item of a list of methods read last. */
  private int listedLine = Integer.MIN_VALUE / 2;

  /**
   * Takes the methods; the requests they complete, if the URI was seen. A URL naming a server alone
   * ({@code API endpoint: https://api.example.com/v2}) names no endpoint of the methods after it, a list of the verbs
   * the API uses.
   */
  public List<MarkdownRequest> methods(List<String> methods, int line) {
    this.methods = List.copyOf(methods);
    this.line = line;
    if (uri != null && uri.regionMatches(true, 0, "http", 0, 4) && RelativeRoutes.namesServerOnly(uri)) {
      uri = null;
    }
    return completed();
  }

  /**
   * Takes the methods of a list's item under their label ({@code Methods} over {@code - GET} and {@code - POST}): with
   * those of the items just before it while no URI has come, or with the URI over the list that the item before it
   * took; the requests they complete, if the URI was seen. A URI naming a server alone ({@code Base URL:
   * https://api.example.com/v1}) over a list of the verbs an API uses names no endpoint of theirs.
   */
  public List<MarkdownRequest> listedMethods(List<String> listed, int line) {
    boolean listGoesOn = line - listedLine <= LIST_ITEM_GAP;
    listedLine = line;
    if (listGoesOn && methods == null && uri == null && listUri != null) {
      uri = listUri;
    } else if (listGoesOn && methods != null && uri == null) {
      List<String> all = new ArrayList<>(methods);
      listed.stream().filter(method -> !all.contains(method)).forEach(all::add);
      return methods(all, this.line);
    }
    if (uri != null && RelativeRoutes.namesServerOnly(uri)) {
      // A base URL over a list of the verbs an API uses names no endpoint of theirs.
      uri = null;
    }
    List<MarkdownRequest> requests = methods(listed, line);
    listUri = requests.isEmpty() ? null : completedUri;
    return requests;
  }

  /**
   * Takes the methods a heading names alone ({@code GET} under {@code Endpoint: /clusters/{name}}); the requests they
   * make with the URI seen, or with the URI of the request completed last: each method heading under one URI label
   * is a request of its own.
   */
  public List<MarkdownRequest> methodsHeading(List<String> methods, boolean capitals, int line) {
    if (uri == null && completedUri == null || !capitals && !methodHeadings || uri != null && uriPassed) {
      // A method heading with no URI above it (a tutorial's {@code ## GET}) waits for none; one in lower case
      // ({@code Options}, {@code Delete}) names a part of a section, unless the section titles its requests so.
      return List.of();
    }
    if (uri == null) {
      uri = completedUri;
    }
    List<MarkdownRequest> requests = methods(methods, line);
    methodHeadings |= !requests.isEmpty();
    return requests;
  }

  /** Takes the URI; the requests it completes, if the methods were seen. */
  public List<MarkdownRequest> uri(String uri, int line) {
    captioned = false;
    return take(uri, line);
  }

  /**
   * Takes the URI a heading or a table is captioned by ({@code # /users/{id}}); the requests it completes, if the
   * methods were seen. Left without a method, it names a resource and is {@linkplain #withoutMethod not told}.
   */
  public List<MarkdownRequest> caption(String uri, int line) {
    captioned = true;
    return take(uri, line);
  }

  private List<MarkdownRequest> take(String uri, int line) {
    // URIs printed one under the other before their method ({@code URL:} and {@code URL with external_id:}, or a
    // label's two paths) are all the method's.
    if (this.uri != null && methods == null && !captioned && !uriPassed && line - this.line <= NEIGHBOUR_LINES
        && !this.uri.equals(uri)) {
      alsoUris.add(this.uri);
    } else {
      alsoUris.clear();
    }
    this.uri = uri;
    uriPassed = false;
    this.line = line;
    return completed();
  }

  /**
   * A heading naming no method: a URI waiting for its method is no longer one the method headings after it name
   * ({@code Endpoint: https://api.example.com/v2}, then a chapter on verbs with its {@code GET} and {@code DELETE}).
   */
  public void headingPassed() {
    uriPassed = uri != null;
  }

  /**
   * The URI a label left without any method, forgotten now: it makes no endpoint, since guides print base URLs and
   * links that way too. A caption's URI is forgotten without being told.
   */
  public Optional<String> withoutMethod() {
    Optional<String> left = Optional.ofNullable(captioned ? null : uri);
    uri = null;
    alsoUris.clear();
    return left;
  }

  /** Whether a URI printed under a label, not a caption, waits for its method. */
  public boolean uriWaits() {
    return uri != null && !captioned && methods == null;
  }

  /** Whether a method label waits for its URI. */
  public boolean hasMethods() {
    return methods != null;
  }

  /** The line of the part seen last. */
  public int line() {
    return line;
  }

  private List<MarkdownRequest> completed() {
    if (methods == null || uri == null) {
      return List.of();
    }
    List<MarkdownRequest> requests = new ArrayList<>();
    for (String printed : alsoUris) {
      methods.forEach(method -> requests.add(new MarkdownRequest(method, printed, "", line)));
    }
    methods.forEach(method -> requests.add(new MarkdownRequest(method, uri, "", line)));
    alsoUris.clear();
    methods = null;
    completedUri = uri;
    uri = null;
    return requests;
  }
}
