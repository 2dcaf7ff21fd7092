package io.mcdewey.source;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * The guide a saved web page holds: its body, parsed with jsoup keeping the line each node starts on, without what
 * is not meant to be read as text. What goes is chosen by what elements mean, never by a site's class names: scripts,
 * styles and graphics; controls, but for buttons that disclose a part of the page, whose label is that part's title
 * (generated references title responses so); navigation landmarks (menus, breadcrumbs, tables of contents marked as
 * navigation) and lists of links to places in the page, which are tables of contents too; the site's own header and
 * footer; hidden elements; and the permalink symbols documentation generators put after headings.
 */
public final class HtmlContent {
  private static final Set<String> NOT_TEXT = Set.of("script", "style", "noscript", "template", "svg", "math",
      "canvas", "iframe", "object", "nav", "select", "textarea");
  private static final Set<String> LANDMARKS_OF_THE_SITE = Set.of("navigation", "banner", "contentinfo", "search");
  /** Elements a header or footer belongs to when it is theirs rather than the site's. */
  private static final String SECTIONING = "article, main, section, aside, dialog, details";
  /** A caption over a table of contents ({@code Table of Contents:}, {@code On this page}). */
  public static final Pattern CONTENTS_CAPTION =
      Pattern.compile("(?i)\\b(?:contents|on this page|in this (?:page|article|section|guide))\\b");
  private static final Pattern DISPLAY_NONE = Pattern.compile("(?i)display\\s*:\\s*none");

  private HtmlContent() {}

  /** The body of a page, each node knowing the line it starts on. */
  public static Element body(String html) {
    Element body = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true)).body();
    body.select("*").stream().filter(HtmlContent::isFurniture).forEach(Node::remove);
    return body;
  }

  /** The level of a heading element ({@code h1} to {@code h6}), 0 for other elements. */
  public static int headingLevel(Element element) {
    String name = element.normalName();
    boolean heading = name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    return heading ? name.charAt(1) - '0' : 0;
  }

  /**
   * Whether an element is a word of its own, though no space parts it from the text before it: it stands side by
   * side with another element, such as a method badge and its path ({@code <span>GET</span><span>/pets</span>}),
   * which pages set apart with style rather than with text.
   */
  public static boolean standsApart(Element element, CharSequence before) {
    if (!(element.previousSibling() instanceof Element) || before.isEmpty()) {
      return false;
    }
    String text = element.text();
    char last = before.charAt(before.length() - 1);
    // A path ending in a variable ({@code <code>/dag/{id}</code><span>Dag</span>}) stands apart as a word does.
    return !text.isEmpty() && (Character.isLetterOrDigit(last) || last == '}')
        && (Character.isLetterOrDigit(text.charAt(0)) || text.charAt(0) == '/');
  }

  /** Text as a browser shows it: each run of white space one space, none at either end, zero-width spaces gone. */
  public static String shown(String text) {
    return text.replace("\u200b", "").replaceAll("[\\s\u00a0]+", " ").strip();
  }

  private static final Pattern REQUEST_LABEL =
      Pattern.compile("(?i)^(?:get|post|put|patch|delete|del|head|options)\\s*/\\S*$");

  private static boolean isFurniture(Element element) {
    String name = element.normalName();
    if (NOT_TEXT.contains(name) || element.hasAttr("hidden")
        || "true".equalsIgnoreCase(element.attr("aria-hidden"))
        // Markdown kept in an <xmp> for a script to render is hidden until it does: the page's text, not furniture.
        || DISPLAY_NONE.matcher(element.attr("style")).find() && !name.equals("xmp")
        || LANDMARKS_OF_THE_SITE.contains(element.attr("role").toLowerCase(Locale.ROOT))) {
      return true;
    }
    return switch (name) {
      case "header", "footer" -> element.parents().stream().noneMatch(parent -> parent.is(SECTIONING));
      case "button" -> !element.hasAttr("aria-expanded") && !labelsRequest(element);
      case "a" -> isPermalink(element);
      case "ul", "ol" -> isContents(element);
      default -> false;
    };
  }

  /**
   * Whether a button's label is a request line, a method then a path ({@code get /fares}), as documentation sites
   * print an operation's endpoint on the button that shows its servers.
   */
  private static boolean labelsRequest(Element button) {
    return REQUEST_LABEL.matcher(button.text().strip()).matches();
  }

  /**
   * Whether a list is a table of contents: each of its items is a link to a place in the page, with nothing else but
   * a list of such links under it. An item that only points at a section ({@code GET /api/v1/tokens}) says nothing
   * of its own.
   */
  private static boolean isContents(Element list) {
    Element before = list.previousElementSibling();
    if (before != null && !list.parent().normalName().equals("li") && announces(before)) {
      // A list under a heading or a caption ({@code Responses:}) is what they announce, links or not.
      return false;
    }
    List<Element> items = list.children().stream().filter(child -> child.normalName().equals("li")).toList();
    return !items.isEmpty() && items.size() == list.childrenSize() && items.stream().allMatch(HtmlContent::onlyLinks);
  }

  /** Whether an element announces the list after it as content: a heading or a caption, but for a contents one. */
  private static boolean announces(Element element) {
    String text = element.text().strip();
    return (headingLevel(element) > 0 || text.endsWith(":")) && !CONTENTS_CAPTION.matcher(text).find();
  }

  private static boolean onlyLinks(Element item) {
    StringBuilder own = new StringBuilder();
    boolean linked = false;
    for (Node node : item.childNodes()) {
      if (node instanceof Element child && (child.normalName().equals("ul") || child.normalName().equals("ol"))) {
        if (!isContents(child)) {
          return false;
        }
      } else if (node instanceof Element child && child.normalName().equals("a")) {
        linked |= child.attr("href").startsWith("#");
      } else if (node instanceof Element child) {
        own.append(child.text());
      } else if (node instanceof TextNode text) {
        own.append(text.text());
      }
    }
    return linked && own.toString().isBlank();
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
}
