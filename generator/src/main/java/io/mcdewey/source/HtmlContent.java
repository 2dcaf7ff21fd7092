package io.mcdewey.source;

import io.mcdewey.model.Provenance;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * The guide a saved web page holds: its body, parsed with jsoup keeping the line each node starts on, without what
 * is not meant to be read as text. What goes is chosen by what elements mean, never by a site's class names: scripts,
 * styles and graphics; controls, but for buttons that disclose a part of the page (whose label is that part's
 * title, as responses are titled by their status in some generated references); navigation landmarks (breadcrumbs, tables of contents marked as navigation); the
 * site's own header and footer; hidden elements; and the permalink symbols documentation generators put after
 * headings.
 */
public final class HtmlContent {
  private static final Set<String> NOT_TEXT =
      Set.of("script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "nav", "select",
          "textarea");
  private static final Set<String> LANDMARKS_OF_THE_SITE = Set.of("navigation", "banner", "contentinfo", "search");
  /** Elements a header or footer belongs to when it is theirs rather than the site's. */
  private static final String SECTIONING = "article, main, section, aside, dialog, details";
  private static final Pattern DISPLAY_NONE = Pattern.compile("(?i)display\\s*:\\s*none");
  private static final Pattern DECLARED_CHARSET =
      Pattern.compile("(?i)<meta\\b[^>]*?charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");
  /** How far into a file a charset declaration counts, as browsers look for it. */
  private static final int PRESCAN_BYTES = 1024;

  private HtmlContent() {}

  /** The body of a page, each node knowing the line it starts on. */
  public static Element body(String html) {
    Element body = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true)).body();
    body.select("*").stream().filter(HtmlContent::isFurniture).forEach(Node::remove);
    return body;
  }

  /** Whether a file name is an HTML page's. */
  static boolean isHtml(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".html") || lower.endsWith(".htm");
  }

  /** The charset a page declares in a {@code <meta>} near its start; UTF-8 when it declares none Java knows. */
  static Charset declaredCharset(byte[] bytes) {
    String start = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher declared = DECLARED_CHARSET.matcher(start);
    if (!declared.find()) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.isSupported(declared.group(1)) ? Charset.forName(declared.group(1)) : StandardCharsets.UTF_8;
    } catch (IllegalCharsetNameException e) {
      return StandardCharsets.UTF_8;
    }
  }

  /**
   * The visible text of a page as pages of a guide: each text stands on the line of the file it starts on, headings
   * marked with {@code #}s as in markdown, so that a line of a page is that line of the file. A page runs to the
   * next blank line or heading.
   */
  static List<Page> pages(Element body, String display) {
    List<String> lines = visibleLines(body);
    List<Page> pages = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int first = 0;
    for (int line = 1; line <= lines.size(); line++) {
      String visible = line < lines.size() ? lines.get(line).strip() : "";
      if (text.length() > 0 && (visible.isEmpty() || visible.startsWith("#"))) {
        pages.add(new Page(text.toString(), new Provenance(display, null, null, first), false, false));
        text.setLength(0);
      }
      if (!visible.isEmpty()) {
        first = text.length() == 0 ? line : first;
        text.append(text.length() == 0 ? "" : "\n").append(visible);
      }
    }
    return pages;
  }

  /** The visible text of each line of the file, by line number (index 0 unused). */
  private static List<String> visibleLines(Element body) {
    List<StringBuilder> lines = new ArrayList<>();
    body.traverse((node, depth) -> {
      int line = Math.max(1, node.sourceRange().start().lineNumber());
      if (node instanceof TextNode text) {
        boolean preformatted = text.parent() != null && text.parent().closest("pre") != null;
        String[] segments = text.getWholeText().split("\n", -1);
        for (int i = 0; i < segments.length; i++) {
          at(lines, line + i).append(preformatted ? segments[i] : segments[i].replaceAll("[\\s\u00a0]+", " "));
        }
      } else if (node instanceof Element element && headingLevel(element) > 0) {
        at(lines, line).append(' ').append("#".repeat(headingLevel(element))).append(' ');
      } else if (node instanceof Element element && element.isBlock()) {
        at(lines, line).append(' ');
      }
    });
    return lines.stream().map(line -> line.toString().replace("\u200b", "").strip()).toList();
  }

  private static StringBuilder at(List<StringBuilder> lines, int line) {
    while (lines.size() <= line) {
      lines.add(new StringBuilder());
    }
    return lines.get(line);
  }

  private static boolean isFurniture(Element element) {
    String name = element.normalName();
    if (NOT_TEXT.contains(name) || element.hasAttr("hidden")
        || "true".equalsIgnoreCase(element.attr("aria-hidden"))
        || DISPLAY_NONE.matcher(element.attr("style")).find()
        || LANDMARKS_OF_THE_SITE.contains(element.attr("role").toLowerCase(Locale.ROOT))) {
      return true;
    }
    if ((name.equals("header") || name.equals("footer")) && element.parents().stream().noneMatch(parent -> parent.is(SECTIONING))) {
      return true;
    }
    if (name.equals("button")) {
      return !element.hasAttr("aria-expanded");
    }
    return name.equals("a") && isPermalink(element);
  }

  /**
   * Whether a link is a permalink symbol ({@code ¶}, {@code #}): it points at an element it stands in and has no
   * word of its own.
   */
  private static boolean isPermalink(Element link) {
    String href = link.attr("href");
    if (!href.startsWith("#") || href.length() < 2 || link.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
      return false;
    }
    return link.parents().stream().anyMatch(parent -> parent.id().equals(href.substring(1)));
  }

  /** The level of a heading element ({@code h1} to {@code h6}), 0 for other elements. */
  public static int headingLevel(Element element) {
    String name = element.normalName();
    boolean heading = name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    return heading ? name.charAt(1) - '0' : 0;
  }
}
