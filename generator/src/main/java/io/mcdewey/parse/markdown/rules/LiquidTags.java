package io.mcdewey.parse.markdown.rules;

import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Liquid tags GitBook keeps in its markdown ({@code {% tab title="200: OK" %}}, {@code {% hint %}}): markup,
 * not text. A tab's title captions what follows it, as a heading would (GitBook prints a response per tab, titled by
 * its status). GitBook's API blocks say in attributes what a page would print: an {@code api-method} or
 * {@code swagger} tag is an endpoint's heading, titled by its summary if it has one, over its request line
 * ({@code method="get" host="https://x" path="/y"}, {@code baseUrl="https://x" path="/y/:id" method="get"}); a
 * {@code swagger-parameter} tag a one-row parameter table ({@code name="id" in="path" type="string"
 * required="true"}); a {@code swagger-response} tag a caption naming its status. The older API method blocks print the
 * same in their own tags: {@code api-method-parameter} (no {@code in}: the group around it, such as
 * {@code api-method-query-parameters}, is a label saying where they go) and {@code api-method-response-example}
 * ({@code httpCode=200}). Every other tag, and every closing tag, is nothing.
 */
public final class LiquidTags {
  private static final Pattern TAG = Pattern.compile("^\\{%-?\\s*([\\w-]+)(.*?)-?%}$");
  /** An attribute, its value quoted or a bare word ({@code required=true}, {@code httpCode=200}). */
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)\\s*=\\s*(?:\"([^\"]*)\"|([^\\s\"%]+))");
  /** The level of the heading a tab's title becomes: below any heading of the page. */
  private static final int CAPTION_LEVEL = 6;
  /** The most lines a tag's attributes run over. */
  private static final int MAX_TAG_LINES = 3;
  /** The level of the heading an OpenAPI block's summary becomes: above its captions, below the page's headings. */
  private static final int ENDPOINT_LEVEL = 5;
  private static final List<String> PARAMETER_HEADER = List.of("Name", "In", "Type", "Required", "Description");
  private static final List<String> GROUPED_PARAMETER_HEADER = List.of("Name", "Type", "Required");
  /** A character escaped as markdown escapes it ({@code project\_id}): GitBook escapes attribute values too. */
  private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\(\\p{Punct})");
  /**
   * The groups of GitBook's older API method blocks, by tag, each with the title GitBook prints over its parameters:
   * a label saying where they go.
   */
  private static final Map<String, String> PARAMETER_GROUPS = Map.of(
      "api-method-path-parameters", "Path Parameters",
      "api-method-query-parameters", "Query Parameters",
      "api-method-headers", "Headers",
      "api-method-body-parameters", "Body Parameters",
      "api-method-form-data-parameters", "Form Data Parameters");

  private LiquidTags() {}

  /** Whether a line is a Liquid tag and nothing else. */
  public static boolean isTag(String line) {
    String text = line.strip();
    return text.startsWith("{%") && TAG.matcher(text).matches();
  }

  /**
   * The index of the line closing the tag that line {@code index} of a paragraph opens, the tag's attribute running
   * over a few lines ({@code {% tab title="401 Wrong credentials}, then {@code Check the password." %}}); the index
   * itself for a tag of one line; -1 where the line opens no tag.
   */
  public static int tagEnd(List<String> lines, int index) {
    String first = lines.get(index).strip();
    if (!first.startsWith("{%")) {
      return -1;
    }
    if (isTag(first)) {
      return index;
    }
    StringBuilder joined = new StringBuilder(first);
    for (int end = index + 1; end < lines.size() && end <= index + MAX_TAG_LINES && !joined.toString().contains("%}");
        end++) {
      joined.append(' ').append(lines.get(end).strip());
      if (isTag(joined.toString())) {
        return end;
      }
    }
    return -1;
  }

  /** What the tag over lines {@code index} to {@code end} of a paragraph stands for, its lines joined by spaces. */
  public static List<MarkdownElement> elementsOver(List<String> lines, List<Integer> numbers, int index, int end) {
    if (end == index) {
      return elements(lines, numbers, index);
    }
    return elements(String.join(" ", lines.subList(index, end + 1).stream().map(String::strip).toList()),
        numbers.get(index));
  }

  /** What a tag line stands for in the element stream, read alone: nothing, or the elements it prints. */
  static List<MarkdownElement> elements(String line, int number) {
    return elements(line, number, "");
  }

  /**
   * What the tag at {@code index} of a paragraph's lines stands for. An older API method block's summary is the text
   * in its {@code api-method-summary} tag right under it, which titles the block as a {@code summary} attribute does.
   */
  public static List<MarkdownElement> elements(List<String> lines, List<Integer> numbers, int index) {
    boolean summarised = index + 3 < lines.size() && lines.get(index + 1).strip().equals("{% api-method-summary %}")
        && !isTag(lines.get(index + 2)) && isTag(lines.get(index + 3));
    return elements(lines.get(index), numbers.get(index), summarised ? lines.get(index + 2).strip() : "");
  }

  private static List<MarkdownElement> elements(String line, int number, String summary) {
    Matcher tag = TAG.matcher(line.strip());
    if (!tag.matches()) {
      return List.of();
    }
    Map<String, String> attributes = new HashMap<>();
    Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
    while (attribute.find()) {
      attributes.put(attribute.group(1).toLowerCase(Locale.ROOT),
          MARKDOWN_ESCAPE.matcher((attribute.group(2) != null ? attribute.group(2) : attribute.group(3)).strip())
              .replaceAll("$1"));
    }
    String name = tag.group(1).toLowerCase(Locale.ROOT);
    if (!summary.isEmpty()) {
      attributes.putIfAbsent("summary", summary);
    }
    boolean request = attributes.containsKey("method") && attributes.containsKey("path");
    return switch (name) {
      case "tab" -> attributes.getOrDefault("title", "").isEmpty() ? List.of()
          : List.of(new MarkdownElement.Heading(CAPTION_LEVEL, attributes.get("title"), number, false));
      case "api-method" -> request ? endpoint(attributes, "host", number) : List.of();
      case "swagger" -> request ? endpoint(attributes, "baseurl", number) : List.of();
      case "swagger-parameter" -> attributes.containsKey("name") ? List.of(parameterRow(attributes, number))
          : List.of();
      case "api-method-parameter" -> attributes.containsKey("name") ? List.of(groupedParameterRow(attributes, number))
          : List.of();
      case "swagger-response" -> caption(attributes, "status", number);
      case "api-method-response-example" -> caption(attributes, "httpcode", number);
      default -> PARAMETER_GROUPS.containsKey(name)
          ? List.of(new MarkdownElement.TextLine(PARAMETER_GROUPS.get(name), number, false)) : List.of();
    };
  }

  /** A parameter's tag as a one-row parameter table. */
  private static MarkdownElement parameterRow(Map<String, String> attributes, int number) {
    return new MarkdownElement.Table(PARAMETER_HEADER, List.of(List.of(attributes.get("name"),
        attributes.getOrDefault("in", ""), attributes.getOrDefault("type", ""), attributes.getOrDefault("required", ""),
        attributes.getOrDefault("description", ""))), number, false);
  }

  /**
   * An older block's parameter tag as a one-row table without a place column: the tag names no place, which the
   * label of its group says.
   */
  private static MarkdownElement groupedParameterRow(Map<String, String> attributes, int number) {
    return new MarkdownElement.Table(GROUPED_PARAMETER_HEADER, List.of(List.of(attributes.get("name"),
        attributes.getOrDefault("type", ""), attributes.getOrDefault("required", ""))), number, false);
  }

  /** A response's tag as a caption naming its status ({@code status="200"}, {@code httpCode=200}). */
  private static List<MarkdownElement> caption(Map<String, String> attributes, String status, int number) {
    return attributes.containsKey(status) ? List.of(new MarkdownElement.Heading(CAPTION_LEVEL,
        (attributes.get(status) + " " + attributes.getOrDefault("description", "")).strip(), number, false))
        : List.of();
  }

  /**
   * An API block's heading, titled by its summary where the tag holds it, over its request line: the block's
   * parameter groups and response captions are the endpoint's, not those of a block before it.
   */
  private static List<MarkdownElement> endpoint(Map<String, String> attributes, String host, int number) {
    return List.of(new MarkdownElement.Heading(ENDPOINT_LEVEL, attributes.getOrDefault("summary",
        attributes.get("path")), number, false), requestLine(attributes, host, number));
  }

  private static MarkdownElement requestLine(Map<String, String> attributes, String host, int number) {
    return new MarkdownElement.TextLine(attributes.get("method").toUpperCase(Locale.ROOT) + " "
        + attributes.getOrDefault(host, "") + attributes.get("path"), number, false);
  }
}
