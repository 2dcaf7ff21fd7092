package io.mcdewey.source;

import io.mcdewey.model.Provenance;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * A web page file as a guide's pages: the charset it is written in, and its visible text line for line, so that the
 * pages of a web page serve profile detection and search as a markdown guide's blocks do.
 */
final class HtmlPages {
  private static final Pattern DECLARED_CHARSET =
      Pattern.compile("(?i)<meta\\b[^>]*?charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");
  /** How far into a file a charset declaration counts, as far as browsers look for it. */
  private static final int PRESCAN_BYTES = 1024;

  private HtmlPages() {}

  /** Whether a file name is a web page's. */
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
  static List<Page> pages(String html, String display) {
    List<String> lines = visibleLines(HtmlContent.body(html));
    List<Page> pages = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int first = 0;
    for (int line = 1; line <= lines.size(); line++) {
      String visible = line < lines.size() ? lines.get(line) : "";
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
        String[] segments = text.getWholeText().split("\n", -1);
        for (int i = 0; i < segments.length; i++) {
          at(lines, line + i).append(segments[i]);
        }
      } else if (node instanceof Element element && HtmlContent.headingLevel(element) > 0) {
        at(lines, line).append(' ').append("#".repeat(HtmlContent.headingLevel(element))).append(' ');
      } else if (node instanceof Element element && (element.isBlock() || element.nameIs("br")
          || element.closest("pre") == null && HtmlContent.standsApart(element, at(lines, line)))) {
        at(lines, line).append(' ');
      }
    });
    return lines.stream().map(line -> HtmlContent.shown(line.toString())).toList();
  }

  private static StringBuilder at(List<StringBuilder> lines, int line) {
    while (lines.size() <= line) {
      lines.add(new StringBuilder());
    }
    return lines.get(line);
  }
}
