package io.mcdewey.parse.markdown.dialect;

import io.mcdewey.json.Json;
import io.mcdewey.json.JsonException;
import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads ReadMe's blocks into elements: an {@code api-header} is a heading, with a request line when its title is a
 * path and its type a method; a {@code parameters} block is a table, its cells ({@code "h-0"} for headers,
 * {@code "0-1"} for row 0, column 1) in place; each tab of a {@code code} block is a code block captioned by its
 * name ({@code 200 OK}); a {@code callout} is its title and text. Other blocks, and blocks whose JSON is broken, are
 * nothing.
 */
public final class ReadMeBlocks {
  /** The level of the heading an endpoint's header becomes, as ReadMe renders it. */
  private static final int HEADER_LEVEL = 2;
  private static final int CAPTION_LEVEL = 6;

  private ReadMeBlocks() {}

  public static List<MarkdownElement> read(ReadMeBlock block, int line) {
    Map<?, ?> json;
    try {
      json = Json.parse(block.json()) instanceof Map<?, ?> object ? object : Map.of();
    } catch (JsonException e) {
      return List.of();
    }
    List<MarkdownElement> elements = new ArrayList<>();
    switch (block.kind()) {
      case "api-header" -> header(json, line, elements);
      case "parameters" -> table(json, line, elements);
      case "code" -> codes(json, line, elements);
      case "callout" -> {
        for (String member : List.of("title", "body")) {
          String text = text(json.get(member));
          text.lines().filter(l -> !l.isBlank()).forEach(
              l -> elements.add(new MarkdownElement.TextLine(RstInline.read(l).text(), line, false)));
        }
      }
      default -> {
        // Images, embeds and HTML widgets document no endpoint.
      }
    }
    return elements;
  }

  private static void header(Map<?, ?> json, int line, List<MarkdownElement> elements) {
    String title = text(json.get("title"));
    String method = text(json.get("type")).toUpperCase(Locale.ROOT);
    elements.add(new MarkdownElement.Heading(HEADER_LEVEL, title, line, false));
    if (MarkdownRequestLines.isMethod(method) && title.startsWith("/")) {
      elements.add(new MarkdownElement.TextLine(method + " " + title, line, false));
    }
  }

  private static void table(Map<?, ?> json, int line, List<MarkdownElement> elements) {
    if (!(json.get("data") instanceof Map<?, ?> data)) {
      return;
    }
    int columns = number(json.get("cols"));
    int rows = number(json.get("rows"));
    List<String> header = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      header.add(cell(data.get("h-" + c)));
    }
    List<List<String>> body = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      List<String> row = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        row.add(cell(data.get(r + "-" + c)));
      }
      body.add(row);
    }
    elements.add(new MarkdownElement.Table(header, body, line, false));
  }

  private static void codes(Map<?, ?> json, int line, List<MarkdownElement> elements) {
    if (!(json.get("codes") instanceof List<?> codes)) {
      return;
    }
    for (Object tab : codes) {
      if (tab instanceof Map<?, ?> code) {
        String name = text(code.get("name"));
        if (!name.isEmpty()) {
          elements.add(new MarkdownElement.Heading(CAPTION_LEVEL, name, line, false));
        }
        String content = text(code.get("code"));
        elements.add(new MarkdownElement.Code(text(code.get("language")), content.endsWith("\n") ? content
            : content + "\n", line));
      }
    }
  }

  /** A cell's text: markdown inline markup reduced to its words. */
  private static String cell(Object value) {
    return RstInline.read(text(value).replace('\n', ' ')).text().strip();
  }

  private static String text(Object value) {
    return value instanceof String string ? string : "";
  }

  private static int number(Object value) {
    return value instanceof Number n ? n.intValue() : 0;
  }
}
