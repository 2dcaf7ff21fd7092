package io.mcdewey.parse.markdown.request;

import io.mcdewey.model.Parameter;
import io.mcdewey.model.ParameterLocation;
import io.mcdewey.parse.UriTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns the URL of an example request (a curl command, a raw HTTP message) into a template with the path parameters
 * its section documents: a segment spelling a parameter's name ({@code /repos/OWNER}) stands for it, and when as
 * many segments hold example values ({@code /orders/42}) as documented parameters remain, they stand for those, in
 * order.
 */
public final class MarkdownExampleUris {
  private static final Pattern VARIABLE_SEGMENT = Pattern.compile("\\{[^{}/]+}");
  private static final Pattern ABSOLUTE_URI = Pattern.compile("(?i)^https?://.*");
  private static final Pattern SEPARATORS = Pattern.compile("[_-]");
  /** A segment holding an example value: a number or an identifier with digits, not a version ({@code v2}). */
  private static final Pattern VALUE = Pattern.compile("(?=.*\\d)(?![vV]?\\d+(?:\\.\\d+)*$)[\\w.~-]+|\\d+");

  private MarkdownExampleUris() {}

  public static String templated(String uri, List<String> pathParameters) {
    Optional<PathSpan> path = PathSpan.of(uri);
    if (path.isEmpty()) {
      return uri;
    }
    int pathStart = path.get().start();
    int queryStart = path.get().end();
    String[] segments = path.get().segments(uri);
    List<String> remaining = new ArrayList<>(pathParameters);
    remaining.removeIf(name -> uri.contains("{" + name + "}"));
    for (int i = 0; i < segments.length; i++) {
      for (String name : remaining) {
        if (spelling(segments[i]).equals(spelling(name))) {
          segments[i] = "{" + name + "}";
          remaining.remove(name);
          break;
        }
      }
    }
    List<Integer> values = new ArrayList<>();
    for (int i = 0; i < segments.length; i++) {
      if (VALUE.matcher(segments[i]).matches()) {
        values.add(i);
      }
    }
    if (!values.isEmpty() && values.size() == remaining.size()) {
      for (int i = 0; i < values.size(); i++) {
        segments[values.get(i)] = "{" + remaining.get(i) + "}";
      }
    }
    return uri.substring(0, pathStart) + String.join("/", segments) + uri.substring(queryStart);
  }

  private static String spelling(String name) {
    return SEPARATORS.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  /** Where a URI's query starts: its {@code {?names}} expansion or its {@code ?}; -1 when it has none. */
  public static int queryStart(String uri) {
    int expansion = uri.indexOf("{?");
    return expansion >= 0 ? expansion : uri.indexOf('?');
  }

  /**
   * The example's URI with the path of the template printed alone that it fills in, if one does: as many segments, the
   * template's literal ones the same, a value where it has a variable ({@code /shelter/kennels/99} fills
   * {@code /{group}/kennels/{id}}). Scheme, host and query stay the example's.
   */
  public static String filledTemplate(String uri, List<String> templates) {
    Optional<PathSpan> path = PathSpan.of(uri);
    if (path.isEmpty()) {
      return uri;
    }
    int pathStart = path.get().start();
    int pathEnd = path.get().end();
    String[] segments = path.get().segments(uri);
    for (String template : templates) {
      String[] printed = template.split("/", -1);
      if (printed.length != segments.length) {
        continue;
      }
      boolean fills = true;
      for (int i = 0; i < printed.length && fills; i++) {
        fills = printed[i].equals(segments[i]) || VARIABLE_SEGMENT.matcher(printed[i]).matches()
            && !segments[i].isEmpty();
      }
      if (fills) {
        return uri.substring(0, pathStart) + template + uri.substring(pathEnd);
      }
    }
    return uri;
  }

  /** The URL with its query's example values left out: {@code /things?limit=3&q=x} becomes {@code /things{?limit,q}}. */
  public static String queryNames(String url) {
    return withQueryNamesOf(url, url);
  }

  /**
   * The URL's path with the names of its query followed by those of another example's query: examples of one
   * endpoint may each show some of its query parameters.
   */
  public static String withQueryNamesOf(String url, String other) {
    List<String> names = new ArrayList<>(namesInQuery(url));
    namesInQuery(other).stream().filter(name -> !names.contains(name)).forEach(names::add);
    int query = queryStart(url);
    String path = query < 0 ? url : url.substring(0, query);
    return names.isEmpty() ? path : path + "{?" + String.join(",", names) + "}";
  }

  /** The names a URI's query holds, in order: those of its {@code {?names}} expansion or its {@code name=value} pairs. */
  private static List<String> namesInQuery(String uri) {
    return UriTemplate.parse(uri).parameters().stream()
        .filter(parameter -> parameter.location() == ParameterLocation.QUERY).map(Parameter::name).toList();
  }

  /** Where the path of a URI begins, after its scheme and host, and ends, before its query. */
  private record PathSpan(int start, int end) {
    static Optional<PathSpan> of(String uri) {
      int start = ABSOLUTE_URI.matcher(uri).matches() ? uri.indexOf('/', uri.indexOf("//") + 2) : 0;
      if (start < 0) {
        return Optional.empty();
      }
      int query = queryStart(uri);
      if (query >= 0 && query < start) {
        // A query right after the host ({@code http://host?next=/a}): the path is empty.
        return Optional.of(new PathSpan(query, query));
      }
      return Optional.of(new PathSpan(start, query < 0 ? uri.length() : query));
    }

    /** The path's segments, the empty one before its first slash included. */
    String[] segments(String uri) {
      return uri.substring(start, end).split("/", -1);
    }
  }
}
