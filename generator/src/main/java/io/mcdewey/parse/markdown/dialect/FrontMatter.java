package io.mcdewey.parse.markdown.dialect;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.request.LabelledPath;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a page's front matter, the {@code key: value} lines between {@code ---} lines that documentation sites keep
 * at a page's top (commonmark reads them as a heading underlined by the closing {@code ---}): its {@code title} is
 * the page's heading, and an {@code api} or {@code openapi} key holding a request line ({@code api: "GET
 * https://host/pets"}, {@code openapi: "openapi.json GET /pets"}) is the page's request. So are a method and a URI
 * given by two keys, as Jekyll sites that lay out one call a post print them ({@code type: 'GET'} and
 * {@code apiurl: '/api/v1/hostgroup/#{id}'}): a key of a method ({@code type}, {@code method}, {@code verb}) whose
 * value is a method alone, and a key of the API's URL, path, route or endpoint ({@code apiurl}, {@code endpoint},
 * {@code request_path}) whose value is a path or a URL. Neither alone is a request, and a page's own {@code url},
 * {@code path} or {@code permalink} says where the page is served.
 */
public final class FrontMatter {
  private static final Pattern ENTRY = Pattern.compile("^([\\w-]+):\\s*(.*)$");
  /**
   * A key naming where a call goes ({@code apiurl}, {@code api_path}, {@code endpoint}, {@code request_url}); not a
   * page's own {@code url}, {@code path} or {@code permalink}.
   */
  private static final Pattern URI_KEY =
      Pattern.compile("(?i)api[_-]?(?:ur[il]|path|route|endpoint)|endpoint|route|request[_-]?(?:ur[il]|path)");
  /** A key naming a call's method ({@code type}, {@code method}, {@code http_method}). */
  private static final Pattern METHOD_KEY = Pattern.compile("(?i)type|method|verb|(?:http|request)[_-]?method");
  private static final int TITLE_LEVEL = 1;

  private FrontMatter() {}

  /** The elements of lines that are front matter, if every line is a {@code key: value} entry. */
  public static Optional<List<MarkdownElement>> read(List<String> lines, int line) {
    List<MarkdownElement> elements = new ArrayList<>();
    List<MarkdownElement> requests = new ArrayList<>();
    String method = null;
    String uri = null;
    for (String text : lines) {
      Matcher entry = ENTRY.matcher(text.strip());
      if (!entry.matches()) {
        return Optional.empty();
      }
      String value = unquoted(entry.group(2));
      switch (entry.group(1)) {
        case "title" -> elements.add(new MarkdownElement.Heading(TITLE_LEVEL, value, line, false));
        case "api", "openapi" -> MarkdownRequestLines.anywhere(value, line).stream().findFirst().ifPresent(
            request -> requests.add(new MarkdownElement.TextLine(request.method() + " " + request.uri(), line,
                false)));
        default -> {
          // Slugs, descriptions and sidebar settings say nothing of the API, unless they are a call's parts.
          if (METHOD_KEY.matcher(entry.group(1)).matches() && MarkdownRequestLines.isMethod(value)
              && value.equals(value.toUpperCase(Locale.ROOT))) {
            method = value;
          } else if (URI_KEY.matcher(entry.group(1)).matches() && LabelledPath.isPathOrUrl(value)) {
            uri = value;
          }
        }
      }
    }
    if (requests.isEmpty() && method != null && uri != null) {
      requests.add(new MarkdownElement.TextLine(method + " " + uri, line, false));
    }
    elements.addAll(requests);
    return Optional.of(elements);
  }

  private static String unquoted(String value) {
    String v = value.strip();
    boolean quoted = v.length() >= 2
        && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"));
    return quoted ? v.substring(1, v.length() - 1) : v;
  }
}
