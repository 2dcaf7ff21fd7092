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
 * its status); an {@code api-method} tag names a request ({@code method="get" host="https://x" path="/y"}). GitBook's
 * OpenAPI blocks say in attributes what a page would print: a {@code swagger} tag is an endpoint's heading, titled by
 * its summary, over its request line ({@code baseUrl="https://x" path="/y/:id" method="get"}); a
 * {@code swagger-parameter} tag a one-row parameter table ({@code name="id" in="path" type="string"
 * required="true"}); a {@code swagger-response} tag a caption naming its status. Every other tag, and every closing
 * tag, is nothing.
 */
public final class LiquidTags {
  private static final Pattern TAG = Pattern.compile("^\\{%-?\\s*([\\w-]+)(.*?)-?%}$");
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)\\s*=\\s*\"([^\"]*)\"");
  /** The level of the heading a tab's title becomes: below any heading of the page. */
  private static final int CAPTION_LEVEL = 6;
  /** The level of the heading an OpenAPI block's summary becomes: above its captions, below the page's headings. */
  private static final int ENDPOINT_LEVEL = 5;
  private static final List<String> PARAMETER_HEADER = List.of("Name", "In", "Type", "Required", "Description");

  private LiquidTags() {}

  /** Whether a line is a Liquid tag and nothing else. */
  public static boolean isTag(String line) {
    String text = line.strip();
    return text.startsWith("{%") && TAG.matcher(text).matches();
  }

  /** What a tag line stands for in the element stream: nothing, or the elements it prints. */
  public static List<MarkdownElement> elements(String line, int number) {
    Matcher tag = TAG.matcher(line.strip());
    if (!tag.matches()) {
      return List.of();
    }
    Map<String, String> attributes = new HashMap<>();
    Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
    while (attribute.find()) {
      attributes.put(attribute.group(1).toLowerCase(Locale.ROOT), attribute.group(2).strip());
    }
    String name = tag.group(1).toLowerCase(Locale.ROOT);
    boolean request = attributes.containsKey("method") && attributes.containsKey("path");
    return switch (name) {
      case "tab" -> attributes.getOrDefault("title", "").isEmpty() ? List.of()
          : List.of(new MarkdownElement.Heading(CAPTION_LEVEL, attributes.get("title"), number, false));
      case "api-method" -> request ? List.of(requestLine(attributes, "host", number)) : List.of();
      case "swagger" -> request ? List.of(new MarkdownElement.Heading(ENDPOINT_LEVEL,
          attributes.getOrDefault("summary", attributes.get("path")), number, false),
          requestLine(attributes, "baseurl", number)) : List.of();
      case "swagger-parameter" -> attributes.containsKey("name") ? List.of(new MarkdownElement.Table(PARAMETER_HEADER,
          List.of(List.of(attributes.get("name"), attributes.getOrDefault("in", ""),
              attributes.getOrDefault("type", ""), attributes.getOrDefault("required", ""),
              attributes.getOrDefault("description", ""))), number, false)) : List.of();
      case "swagger-response" -> attributes.containsKey("status") ? List.of(new MarkdownElement.Heading(CAPTION_LEVEL,
          (attributes.get("status") + " " + attributes.getOrDefault("description", "")).strip(), number, false))
          : List.of();
      default -> List.of();
    };
  }

  private static MarkdownElement requestLine(Map<String, String> attributes, String host, int number) {
    return new MarkdownElement.TextLine(attributes.get("method").toUpperCase(Locale.ROOT) + " "
        + attributes.getOrDefault(host, "") + attributes.get("path"), number, false);
  }
}
