package io.mcdewey.parse.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns the URL of an example request (a curl command, a raw HTTP message) into a template with the path parameters
 * its section documents: a segment spelling a parameter's name ({@code /repos/OWNER}) stands for it, and when as
 * many segments hold example values ({@code /orders/42}) as documented parameters remain, they stand for those, in
 * order.
 */
final class MarkdownExampleUris {
  private static final Pattern ABSOLUTE_URI = Pattern.compile("(?i)^https?://.*");
  private static final Pattern SEPARATORS = Pattern.compile("[_-]");
  /** A segment holding an example value: a number or an identifier with digits, not a version ({@code v2}). */
  private static final Pattern VALUE = Pattern.compile("(?=.*\\d)(?![vV]?\\d+(?:\\.\\d+)*$)[\\w.~-]+|\\d+");

  private MarkdownExampleUris() {}

  static String templated(String uri, List<String> pathParameters) {
    int pathStart = ABSOLUTE_URI.matcher(uri).matches() ? uri.indexOf('/', uri.indexOf("//") + 2) : 0;
    if (pathStart < 0) {
      return uri;
    }
    int query = queryStart(uri);
    int queryStart = query < 0 ? uri.length() : query;
    String[] segments = uri.substring(pathStart, queryStart).split("/", -1);
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
  static int queryStart(String uri) {
    int expansion = uri.indexOf("{?");
    return expansion >= 0 ? expansion : uri.indexOf('?');
  }

  /** The URL with its query's example values left out: {@code /things?limit=3&q=x} becomes {@code /things{?limit,q}}. */
  static String queryNames(String url) {
    int question = url.indexOf('?');
    if (question < 0 || url.contains("{?")) {
      return url;
    }
    List<String> names = new ArrayList<>();
    for (String pair : url.substring(question + 1).split("&")) {
      String name = pair.split("=", 2)[0].strip();
      if (!name.isEmpty() && !names.contains(name)) {
        names.add(name);
      }
    }
    String path = url.substring(0, question);
    return names.isEmpty() ? path : path + "{?" + String.join(",", names) + "}";
  }}
