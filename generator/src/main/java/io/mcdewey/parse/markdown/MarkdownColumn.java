package io.mcdewey.parse.markdown;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a table column holds, told by the words of its header cell ({@code Name}, {@code HTTP Status}). The words are
 * the ones REST documentation in general uses for its parameter, header, status and endpoint tables.
 */
public enum MarkdownColumn {
  /** A parameter's name. */
  NAME("name", "parameter", "parameter name", "param", "field", "field name", "key", "property", "attribute",
      "argument", "element", "path parameter", "path param", "query parameter", "query param", "body parameter",
      "body param", "form parameter", "url parameter", "uri parameter"),
  /** A request header's name. */
  HEADER_NAME("header", "header name", "http header", "request header"),
  TYPE("type", "data type", "datatype", "value type", "format"),
  REQUIRED("required", "mandatory", "required?", "mandatory?"),
  DESCRIPTION("description", "details", "notes", "note", "meaning", "remarks", "comment", "comments", "explanation",
      "purpose", "summary", "message", "reason", "reason phrase"),
  /**
   * A row's constraints ({@code Additional information}: {@code Required}, {@code Max length: 75}), where a page marks
   * the rows that are required and leaves the others unmarked.
   */
  CONSTRAINTS("additional information", "constraints", "validation", "restrictions", "rules"),
  /** Where a parameter travels ({@code query}, {@code path}). */
  LOCATION("in", "location", "parameter type", "param type", "located in"),
  STATUS("status", "status code", "http status", "http status code", "code", "response code", "http code",
      "http response code", "return code", "response status"),
  DEFAULT("default", "default value"),
  VALUES("value", "values", "allowed values", "possible values", "valid values", "enum", "example", "example value"),
  /** A row counter, which is no parameter ({@code Sl.No}). */
  ROW_NUMBER("#", "no", "no.", "sl.no", "sl. no", "sl no", "s.no", "sr.no", "sr. no", "sr no", "index"),
  METHOD("method", "http method", "verb", "http verb"),
  PATH("path", "uri", "url", "endpoint", "resource", "request uri", "request url", "route", "http request",
      "request line");

  /** A caption glued to a first header cell that names the row: {@code UserResponseName}. */
  private static final java.util.regex.Pattern GLUED_NAME = java.util.regex.Pattern.compile("^\\p{Lu}\\w*?(Name)$");

  private final Set<String> words;

  MarkdownColumn(String... words) {
    this.words = Set.of(words);
  }

  /** The column a header cell names, if it is one of the known words. */
  public static Optional<MarkdownColumn> named(String headerCell) {
    String words = headerCell.strip().toLowerCase(Locale.ROOT).replaceAll("[*_`:]", "").replaceAll("\\s+", " ")
        .replaceFirst("\\s*\\((?:y/n|yes/no|true/false)\\)$", "");
    for (MarkdownColumn column : values()) {
      if (column.words.contains(words)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether cells read as the header of a table: at least two, each naming a known column, one of them a column that
   * identifies rows (a name, a status or a method).
   */
  public static boolean isHeader(List<String> cells) {
    if (cells.size() < 2) {
      return false;
    }
    boolean identifying = false;
    for (String cell : cells) {
      Optional<MarkdownColumn> column = named(cell);
      if (column.isEmpty()) {
        return false;
      }
      identifying |= column.get().identifiesRows();
    }
    return identifying;
  }

  /**
   * The header cells without a caption glued before them, as text copied from a page prints a table's caption on its
   * header line: {@code User| Name | Type} reads {@code Name | Type}, {@code UserResponseName | Type} reads
   * {@code Name | Type}. The cells themselves when they need no such reading.
   */
  public static List<String> withoutCaption(List<String> cells) {
    if (cells.size() < 3 || isHeader(cells)
        || !cells.subList(1, cells.size()).stream().allMatch(cell -> named(cell).isPresent())) {
      return cells;
    }
    List<String> header = new java.util.ArrayList<>(cells);
    java.util.regex.Matcher glued = GLUED_NAME.matcher(cells.get(0).strip());
    if (glued.matches()) {
      header.set(0, glued.group(1));
    } else {
      header.remove(0);
    }
    return isHeader(header) ? header : cells;
  }

  private boolean identifiesRows() {
    return this == NAME || this == HEADER_NAME || this == STATUS || this == METHOD;
  }
}
