package io.mcdewey.parse.markdown.rules;

import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Liquid tags GitBook keeps in its markdown ({@code {% tab title="200: OK" %}}, {@code {% hint %}}): markup,
 * not text. A tab's title captions what follows it, as a heading would (GitBook prints a response per tab, titled by
 * its status); an {@code api-method} tag names a request ({@code method="get" host="https://x" path="/y"}); every
 * other tag, and every closing tag, is nothing.
 */
public final class LiquidTags {
  private static final Pattern TAG = Pattern.compile("^\\{%-?\\s*([\\w-]+)(.*?)-?%}$");
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)\\s*=\\s*\"([^\"]*)\"");
  /** The level of the heading a tab's title becomes: below any heading of the page. */
  private static final int CAPTION_LEVEL = 6;

  private LiquidTags() {}

  /** Whether a line is a Liquid tag and nothing else. */
  public static boolean isTag(String line) {
    String text = line.strip();
    return text.startsWith("{%") && TAG.matcher(text).matches();
  }

  /** What a tag line stands for in the element stream, if anything. */
  public static Optional<MarkdownElement> element(String line, int number) {
    Matcher tag = TAG.matcher(line.strip());
    if (!tag.matches()) {
      return Optional.empty();
    }
    Map<String, String> attributes = new HashMap<>();
    Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
    while (attribute.find()) {
      attributes.put(attribute.group(1).toLowerCase(Locale.ROOT), attribute.group(2).strip());
    }
    String name = tag.group(1).toLowerCase(Locale.ROOT);
    if (name.equals("tab") && !attributes.getOrDefault("title", "").isEmpty()) {
      return Optional.of(new MarkdownElement.Heading(CAPTION_LEVEL, attributes.get("title"), number, false));
    }
    if (name.equals("api-method") && attributes.containsKey("method") && attributes.containsKey("path")) {
      String request = attributes.get("method").toUpperCase(Locale.ROOT) + " "
          + attributes.getOrDefault("host", "") + attributes.get("path");
      return Optional.of(new MarkdownElement.TextLine(request, number, false));
    }
    return Optional.empty();
  }
}
