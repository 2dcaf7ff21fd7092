package io.mcdewey.parse.markdown.label;

import io.mcdewey.parse.markdown.request.MarkdownRequest;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The requests a section prints only under labels the profile does not know, a method under one and a path under
 * another, in either order ({@code 接口地址：} over {@code /api/docs}, {@code HTTP 请求方式：} over {@code GET}). They are
 * a section's requests only when nothing else in it makes one: a known label, a request line or a heading always says
 * more surely what the section documents. A path left alone may complete what a known method label left alone
 * ({@code Request address:} over a path, then {@code Verb: GET}).
 */
public final class UnknownLabelRequests {
  /** How far apart, in lines, the two labels of one request stand at most: they are printed together. */
  private static final int MOST_LINES_APART = 4;
  private final List<MarkdownRequest> requests = new ArrayList<>();
  private List<String> methods;
  private String path;
  private int line;
  /** Whether the path taken last is an item of a list of routes, which the method labelled in its item completes. */
  private boolean route;
  /** Whether the path taken last was printed as an item of a list rather than under a label. */
  private boolean itemPath;

  /** Takes a label's value; a request once both a method and a path have been taken, a few lines apart at most. */
  public void take(LabelledValue value, int line) {
    route = false;
    itemPath = false;
    if (line - this.line > MOST_LINES_APART) {
      forgetHalf();
    }
    if (value.method()) {
      methods = MarkdownRequestLines.methods(value.text());
    } else {
      path = value.text();
    }
    this.line = line;
    if (methods != null && path != null) {
      methods.forEach(method -> requests.add(new MarkdownRequest(method, path, "", this.line)));
      methods = null;
      path = null;
    }
  }

  /** Takes a path printed alone as an item of a list of routes ({@code 1. /trader/order}). */
  public void takeRoute(String path, int line) {
    // A route after another that no method took is one of a list of paths ({@code for example:} and two items).
    boolean listed = route && this.path != null && line - this.line <= MOST_LINES_APART;
    take(new LabelledValue(path, false), line);
    route = !listed;
    itemPath = true;
  }

  /** A heading passed: a method or a path seen before it pairs with nothing after it. */
  public void headingPassed() {
    forgetHalf();
  }

  private void forgetHalf() {
    methods = null;
    path = null;
  }

  /**
   * The path taken last that no method has completed yet, which a known method label may complete. A method alone
   * under a label the profile does not know completes such a path only where the label passes for the request's
   * ({@link LabelledValue}: not {@code Methods not supported:}).
   */
  public Optional<String> lonePath() {
    return methods == null ? Optional.ofNullable(path) : Optional.empty();
  }

  /**
   * The methods just taken that no path has completed, taken away for a URI under a known label that waits a few
   * lines above ({@code URL: /status} then {@code Type: GET}, as smart-doc prints a request; {@code Path: /x} then
   * {@code Métodos suportados: GET e POST}); empty otherwise.
   */
  public Optional<List<String>> methodsFor(int uriLine) {
    if (path != null || methods == null || methods.isEmpty() || !near(uriLine)) {
      return Optional.empty();
    }
    List<String> taken = methods;
    methods = null;
    return Optional.of(taken);
  }

  /**
   * The path taken a few lines above a method under the profile's label of methods, alone, taken away for that
   * method ({@code Service path: http://{host}/x} then {@code HTTP Method: PUT}); empty otherwise. Each request of a
   * section is so completed where it is printed, before the next one's labels. A path printed as a list's item counts
   * only where {@code listItems} says so: an item may be one of paths listed as examples ({@code for example:} over
   * {@code - /auth/callback}).
   */
  public Optional<String> pathFor(int methodLine, boolean listItems) {
    if (path == null || methods != null || !near(methodLine) || itemPath && !listItems) {
      return Optional.empty();
    }
    String taken = path;
    path = null;
    return Optional.of(taken);
  }

  /**
   * The path a method under the profile's label takes at once, where it is printed: a path on the line right above it
   * ({@code Service path: ...} over {@code HTTP Method: PUT}) or an item of a list of routes the method's label
   * stands in; a path further away waits for the end of its part, since a URI under a known label after the method
   * would say more surely.
   */
  public Optional<String> pathAtOnceFor(int methodLine) {
    return route || methodLine - line == 1 ? pathFor(methodLine, true) : Optional.empty();
  }

  /** Whether the value taken last stands at most a few lines from {@code other}. */
  private boolean near(int other) {
    return Math.abs(line - other) <= MOST_LINES_APART;
  }

  /** The line of the value taken last. */
  public int line() {
    return line;
  }

  /** The requests made, each of a method and a path. */
  public List<MarkdownRequest> requests() {
    return List.copyOf(requests);
  }
}
