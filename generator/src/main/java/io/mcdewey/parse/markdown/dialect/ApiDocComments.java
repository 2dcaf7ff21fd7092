package io.mcdewey.parse.markdown.dialect;

import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the apiDoc comments of a source file ({@code @api {get} /users/:id Read a user}) into the element stream, as
 * apiDoc itself reads them: each {@code @api} block an endpoint, with a heading (its title, else its request line),
 * its request line, a parameter table of its {@code @apiParam}, {@code @apiQuery}, {@code @apiBody} and
 * {@code @apiHeader} fields, and a table of the statuses its examples' {@code HTTP/1.1 404 Not Found} lines print. A
 * field in square brackets is optional ({@code [limit=20]}, its default after the sign), any other required; a field's
 * group in parentheses names where it travels when its words say so ({@code (Query Parameters)}, {@code (Request
 * Body)}). The comment's own marks ({@code /**}, {@code *}, {@code //}, {@code #}) are no part of the text.
 */
public final class ApiDocComments {
  private static final Pattern API = Pattern.compile("^@api\\s+\\{(\\w+)}\\s+(\\S+)\\s*(.*)$");
  /** An {@code @api} tag opening a line of a comment, after the comment's marks. */
  private static final Pattern API_LINE = Pattern.compile("(?m)^[ \\t]*(?:/\\*\\*?|\\*|//|#)?[ \\t]*@api[ \\t]+\\{\\w+}");
  private static final Pattern FENCE_LINE = Pattern.compile("(?m)^[ \\t]*(?:```|~~~)");
  private static final List<String> MARKUP_EXTENSIONS =
      List.of(".md", ".markdown", ".mdx", ".rst", ".rest", ".adoc", ".asciidoc", ".html", ".htm", ".raml", ".apib");
  private static final Pattern COMMENT_MARKS = Pattern.compile("^\\s*(?:/\\*\\*?|\\*/|\\*|//|#)?\\s?");
  private static final Pattern TAG = Pattern.compile("^@(api\\w*)\\s*(.*)$");
  private static final Pattern GROUP = Pattern.compile("^\\(([^)]*)\\)\\s*");
  private static final Pattern STATUS_LINE = Pattern.compile("^HTTP/\\d(?:\\.\\d)?\\s+([1-5]\\d\\d)\\b\\s*(.*)$");
  private static final List<String> PARAMETER_HEADER = List.of("Name", "In", "Type", "Required", "Description");
  private static final List<String> STATUS_HEADER = List.of("Status", "Description");
  private static final int ENDPOINT_LEVEL = 2;

  private final List<MarkdownElement> elements = new ArrayList<>();

  private ApiDocComments() {}

  /**
   * Whether a file is a source documented by apiDoc comments: an {@code @api {method}} tag opens a line, the file is
   * no page of markup ({@code .md}, {@code .rst}, ...) and no line fences code as markdown does, since a page about
   * apiDoc shows its comments as examples.
   */
  public static boolean isApiDoc(String fileName, String text) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return text.contains("@api") && MARKUP_EXTENSIONS.stream().noneMatch(name::endsWith)
        && API_LINE.matcher(text).find() && !FENCE_LINE.matcher(text).find();
  }

  public static List<MarkdownElement> read(String source) {
    ApiDocComments reader = new ApiDocComments();
    List<String> lines = source.lines().toList();
    Endpoint endpoint = null;
    Tag tag = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = COMMENT_MARKS.matcher(lines.get(i)).replaceFirst("").strip();
      Matcher tagged = TAG.matcher(line);
      boolean commentEnds = lines.get(i).strip().endsWith("*/");
      if (tagged.matches() || commentEnds) {
        if (tag != null && endpoint != null) {
          endpoint.take(tag);
        }
        tag = null;
        Matcher api = API.matcher(line);
        // A block ends at the comment's end or where another opens; one defining fields for reuse is no endpoint's.
        if (api.matches() || commentEnds || tagged.matches() && tagged.group(1).equals("apiDefine")) {
          if (endpoint != null) {
            reader.add(endpoint);
          }
          endpoint = api.matches()
              ? new Endpoint(api.group(1).toUpperCase(Locale.ROOT), api.group(2), api.group(3).strip(), i + 1) : null;
        } else {
          tag = new Tag(tagged.group(1), new ArrayList<>(List.of(tagged.group(2).strip())));
        }
      } else if (tag != null) {
        tag.lines().add(line);
      }
    }
    if (endpoint != null) {
      if (tag != null) {
        endpoint.take(tag);
      }
      reader.add(endpoint);
    }
    return List.copyOf(reader.elements);
  }

  private void add(Endpoint endpoint) {
    String request = endpoint.method + " " + endpoint.path();
    elements.add(new MarkdownElement.Heading(ENDPOINT_LEVEL, endpoint.title.isEmpty() ? request : endpoint.title,
        endpoint.line, false));
    elements.add(new MarkdownElement.TextLine(request, endpoint.line, false));
    endpoint.prose.forEach(text -> elements.add(new MarkdownElement.TextLine(text, endpoint.line, false)));
    if (!endpoint.parameters.isEmpty()) {
      elements.add(new MarkdownElement.Table(PARAMETER_HEADER, endpoint.parameters, endpoint.line, false));
    }
    if (!endpoint.statuses.isEmpty()) {
      elements.add(new MarkdownElement.Table(STATUS_HEADER, endpoint.statuses, endpoint.line, false));
    }
  }

  /** A tag of a block with the lines it runs over. */
  private record Tag(String name, List<String> lines) {}

  /** What one {@code @api} block documents. */
  private static final class Endpoint {
    final String method;
    final String printedPath;
    final String title;
    final int line;
    final List<String> prose = new ArrayList<>();
    final List<List<String>> parameters = new ArrayList<>();
    final List<List<String>> statuses = new ArrayList<>();

    Endpoint(String method, String printedPath, String title, int line) {
      this.method = method;
      this.printedPath = printedPath;
      this.title = title;
      this.line = line;
    }

    /** The path, rooted: apiDoc joins a path to its base URL as written, with or without its first slash. */
    String path() {
      return printedPath.startsWith("/") || printedPath.contains("://") ? printedPath : "/" + printedPath;
    }

    void take(Tag tag) {
      switch (tag.name()) {
        case "apiParam" -> parameter(tag.lines().get(0), "");
        case "apiQuery" -> parameter(tag.lines().get(0), "query");
        case "apiBody" -> parameter(tag.lines().get(0), "body");
        case "apiHeader" -> parameter(tag.lines().get(0), "header");
        case "apiDescription" -> tag.lines().stream().filter(l -> !l.isBlank()).forEach(prose::add);
        case "apiDeprecated" -> prose.add(("Deprecated. " + tag.lines().get(0)).strip());
        case "apiSuccessExample", "apiErrorExample" -> tag.lines().stream().map(l -> STATUS_LINE.matcher(l.strip()))
            .filter(Matcher::matches).findFirst()
            .ifPresent(status -> statuses.add(List.of(status.group(1), status.group(2))));
        default -> { }
      }
    }

    /** A field: {@code [(group)] [{type}] [field=default] [description]}, the name in brackets when optional. */
    private void parameter(String text, String tagPlace) {
      String rest = text;
      String place = tagPlace;
      Matcher group = GROUP.matcher(rest);
      if (group.find()) {
        place = place.isEmpty() ? placeNamed(group.group(1)) : place;
        rest = rest.substring(group.end());
      }
      String type = "";
      if (rest.startsWith("{")) {
        int close = closingBrace(rest);
        type = rest.substring(1, Math.max(close, 1));
        rest = rest.substring(Math.min(close + 1, rest.length())).strip();
      }
      boolean optional = rest.startsWith("[");
      int nameEnd = optional ? rest.indexOf(']') : rest.indexOf(' ');
      nameEnd = nameEnd < 0 ? rest.length() : nameEnd;
      String field = rest.substring(optional ? 1 : 0, nameEnd).strip();
      String name = field.split("=", 2)[0].strip();
      if (name.isEmpty()) {
        return;
      }
      String description = rest.substring(Math.min(nameEnd + 1, rest.length())).strip();
      if (place.isEmpty() && (printedPath.contains(":" + name) || printedPath.contains("{" + name + "}"))) {
        place = "path";
      }
      parameters.add(List.of(name, place, type, optional ? "no" : "yes", description));
    }

    /** The place a group's words name ({@code Path Parameters}, {@code Request Body}); none when they name none. */
    private static String placeNamed(String group) {
      String words = group.toLowerCase(Locale.ROOT);
      for (String place : List.of("path", "query", "header", "body")) {
        if (words.contains(place)) {
          return place;
        }
      }
      return "";
    }

    /**
     * The index of the brace closing the one a text opens with, types nesting braces ({@code {Number{1-5}}}); the
     * text's length when none closes it.
     */
    private static int closingBrace(String text) {
      int depth = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        depth += c == '{' ? 1 : c == '}' ? -1 : 0;
        if (depth == 0) {
          return i;
        }
      }
      return text.length();
    }
  }
}
