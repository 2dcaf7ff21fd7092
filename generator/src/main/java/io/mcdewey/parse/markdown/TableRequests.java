package io.mcdewey.parse.markdown;

import io.mcdewey.parse.UriTemplate;
import io.mcdewey.parse.Whitespace;
import io.mcdewey.parse.markdown.request.MarkdownRequest;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The requests a table's rows print: a table of endpoints with method and path columns, a method matrix (a column per
 * method, a mark where the row's path takes it), or a table of paths under a title naming their one method.
 *
 * @param rows the table, read by what its columns hold
 */
record TableRequests(MarkdownTableRows rows) {
  /** Paths side by side in one cell, each opening with a slash, perhaps with "or" between them. */
  private static final Pattern SEVERAL_PATHS = Pattern.compile("^\\s*/\\S*(?:\\s+(?:or\\s+)?/\\S*)+\\s*$");
  /** What parts paths side by side: whitespace, and "or". */
  private static final Pattern PATH_SEPARATOR = Pattern.compile("\\s+(?:or\\s+)?");
  /**
   * A caption of words closed by a colon before each of the paths a cell holds
   * ({@code For one device: v1/devices/{id}}), the next caption perhaps glued to the path before it, as a cell's
   * emphasis is printed without a space: a capital word, then small ones.
   */
  private static final Pattern PATH_CAPTION = Pattern.compile("[A-Z][a-z]+(?: [a-z]+)*:\\s+");

  static TableRequests of(MarkdownElement.Table table) {
    return new TableRequests(MarkdownTableRows.of(table));
  }

  /**
   * The request lines of a table with method and path columns; a path cell may hold the whole request line, the
   * method column then naming something else.
   */
  List<MarkdownRequest> all() {
    List<MarkdownRequest> requests = new ArrayList<>();
    if (!rows.has(MarkdownColumn.METHOD)) {
      return matrixRequests();
    }
    for (List<String> row : rows.table().rows()) {
      requests.addAll(ofRow(row));
    }
    return requests;
  }

  /** The request lines of one row of a table with method and path columns. */
  List<MarkdownRequest> ofRow(List<String> row) {
    String path = rows.cell(row, MarkdownColumn.PATH);
    if (path.contains("*")) {
      // A pattern of paths ({@code /public/*}), as tables of CORS or gateway rules print them, names no endpoint.
      return List.of();
    }
    List<MarkdownRequest> whole = MarkdownRequestLines.opening(path, rows.table().line());
    if (!whole.isEmpty()) {
      return whole;
    }
    // A cell may hold several methods of the path ({@code GET, POST}), and several paths of the method, one per
    // line ({@code /v1/ns/:ns <br /> /v1/ns}); a method may be qualified by words after it ({@code DELETE (all)}).
    String methods = rows.cell(row, MarkdownColumn.METHOD);
    List<String> named = MarkdownRequestLines.methods(methods);
    if (named.isEmpty()) {
      named = MarkdownRequestLines.methods(Whitespace.split(methods.strip())[0]);
    }
    List<MarkdownRequest> requests = new ArrayList<>();
    for (String method : named.isEmpty() ? List.of(MarkdownRequestLines.method(methods)) : named) {
      requests.addAll(requests(method, path));
    }
    return requests;
  }

  /**
   * The requests of a table of paths with no method column, under a title naming the method they all take
   * ({@code == GETs} over {@code | Resource | Description |}); a row whose cell is no path ({@code /x}) makes none.
   */
  List<MarkdownRequest> ofMethod(String method) {
    // A path printed again with a query ({@code /import?rescan=false}) is the same request, its query told.
    Map<String, MarkdownRequest> byPath = new LinkedHashMap<>();
    for (List<String> row : rows.table().rows()) {
      String path = MarkdownTableRows.EMPHASIS.matcher(rows.cell(row, MarkdownColumn.PATH)).replaceAll("").strip();
      if (path.startsWith("/") && !path.contains("*")) {
        for (MarkdownRequest request : requests(method, path)) {
          String bare = request.uri().split("\\?", 2)[0];
          if (!byPath.containsKey(bare) || request.uri().contains("?")) {
            byPath.put(bare, request);
          }
        }
      }
    }
    return List.copyOf(byPath.values());
  }

  /**
   * A method's requests of a path cell, which may hold several paths ({@code /v1/ns/:ns <br /> /v1/ns}), perhaps each
   * after a caption saying when it is called ({@code For all devices: v1/devicesFor one device: v1/devices/{id}}).
   */
  private List<MarkdownRequest> requests(String method, String path) {
    List<MarkdownRequest> requests = new ArrayList<>();
    String cell = path.strip();
    String[] paths = SEVERAL_PATHS.matcher(cell).matches() ? PATH_SEPARATOR.split(cell)
        : captionedPaths(cell) ? PATH_CAPTION.split(cell) : new String[] {cell};
    for (String one : paths) {
      for (MarkdownRequest request : MarkdownRequestLines.opening(method + " " + one.strip(), rows.table().line())) {
        // Paths of one endpoint on several servers ({@code Production: https://... Sandbox: https://...}) are one.
        if (requests.stream().noneMatch(known -> pathOf(known).equals(pathOf(request)))) {
          requests.add(request);
        }
      }
    }
    return requests;
  }

  private static String pathOf(MarkdownRequest request) {
    UriTemplate uri = UriTemplate.parse(request.uri());
    return uri == null ? request.uri() : uri.path();
  }

  /** Whether a cell opens with a caption before a path and holds two captions at least, one before each path. */
  private static boolean captionedPaths(String cell) {
    Matcher caption = PATH_CAPTION.matcher(cell);
    return caption.lookingAt() && caption.find(caption.end());
  }

  /**
   * Whether a table marks the methods of each path in a column per method ({@code | GET | PUT | DELETE | Path |} with
   * an {@code X} where the path takes the method), as a matrix of an API's resources does.
   */
  boolean isMethodMatrix() {
    return rows.has(MarkdownColumn.PATH) && methodColumns().size() >= 2;
  }

  /** The requests of a method matrix: a path with each method its row marks. */
  private List<MarkdownRequest> matrixRequests() {
    List<MarkdownRequest> requests = new ArrayList<>();
    if (!isMethodMatrix()) {
      return requests;
    }
    List<Integer> methods = methodColumns();
    for (List<String> row : rows.table().rows()) {
      String path = rows.cell(row, MarkdownColumn.PATH);
      for (int column : methods) {
        if (column < row.size() && !row.get(column).isBlank()) {
          String method = MarkdownRequestLines.method(rows.table().header().get(column));
          requests.addAll(MarkdownRequestLines.opening(method + " " + path, rows.table().line()));
        }
      }
    }
    return requests;
  }

  /** The columns headed by a method's name. */
  private List<Integer> methodColumns() {
    List<Integer> columns = new ArrayList<>();
    for (int i = 0; i < rows.table().header().size(); i++) {
      if (MarkdownRequestLines.isMethod(rows.table().header().get(i))) {
        columns.add(i);
      }
    }
    return columns;
  }
}
