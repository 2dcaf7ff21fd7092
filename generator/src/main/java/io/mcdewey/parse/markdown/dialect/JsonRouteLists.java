package io.mcdewey.parse.markdown.dialect;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import io.mcdewey.parse.payload.LenientJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a guide that is a JSON document listing its API's routes, as an API's root answers with its own index
 * ({@code "endpoints": [{"method": "GET", "path": "/orders/list", "description": "..."}]}): each object naming an
 * HTTP method and a path ({@code path}, {@code url}, {@code uri}, {@code route} or {@code endpoint}) is an endpoint,
 * titled by its description, summary, title or name. Two such objects at least make a route list; any other JSON
 * document is read as text.
 */
public final class JsonRouteLists {
  private static final List<String> PATH_KEYS = List.of("path", "url", "uri", "route", "endpoint");
  private static final List<String> TITLE_KEYS = List.of("description", "summary", "title", "name");
  private static final int LEVEL = 2;
  private static final int FEWEST_ROUTES = 2;

  private JsonRouteLists() {}

  /** The headings and request lines of the routes the document lists; empty when it is no route list. */
  public static List<MarkdownElement> read(String text) {
    String stripped = text.strip();
    if (stripped.isEmpty() || stripped.charAt(0) != '{' && stripped.charAt(0) != '[' || !text.contains("\"method\"")) {
      return List.of();
    }
    Object document;
    try {
      document = LenientJson.read(text);
    } catch (RuntimeException unreadable) {
      return List.of();
    }
    List<MarkdownElement> elements = new ArrayList<>();
    collect(document, text, elements);
    // Each route is a heading and its request line.
    return elements.size() / 2 >= FEWEST_ROUTES ? elements : List.of();
  }

  private static void collect(Object value, String text, List<MarkdownElement> elements) {
    if (value instanceof List<?> list) {
      list.forEach(item -> collect(item, text, elements));
      return;
    }
    if (!(value instanceof Map<?, ?> object)) {
      return;
    }
    String method = object.get("method") instanceof String named ? named.strip().toUpperCase(Locale.ROOT) : "";
    String path = PATH_KEYS.stream().map(object::get).filter(String.class::isInstance).map(String.class::cast)
        .findFirst().orElse("");
    if (MarkdownRequestLines.isMethod(method) && (path.startsWith("/") || path.startsWith("http"))) {
      String title = TITLE_KEYS.stream().map(object::get).filter(String.class::isInstance).map(String.class::cast)
          .findFirst().orElse(method + " " + path);
      int line = lineOf(text, "\"" + path + "\"");
      elements.add(new MarkdownElement.Heading(LEVEL, title, line, false));
      elements.add(new MarkdownElement.TextLine(method + " " + path, line, false));
      return;
    }
    object.values().forEach(member -> collect(member, text, elements));
  }

  /** The 1-based line of the first place the text holds the quoted value, or 1. */
  private static int lineOf(String text, String quoted) {
    int at = text.indexOf(quoted);
    if (at < 0) {
      return 1;
    }
    int line = 1;
    for (int i = 0; i < at; i++) {
      line += text.charAt(i) == '\n' ? 1 : 0;
    }
    return line;
  }
}
