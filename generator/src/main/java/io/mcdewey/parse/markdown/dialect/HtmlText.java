package io.mcdewey.parse.markdown.dialect;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.request.LabelledPath;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import io.mcdewey.source.HtmlContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of a run of HTML as a browser shows it: whitespace collapsed, markup reduced to its text, either cut into
 * lines at {@code <br>}s, each with the line of the file it starts on, or flattened onto one line.
 */
final class HtmlText {
  /**
   * A line of text, the 1-based line of the file where it starts, and the code it sets apart ({@code <code>},
   * {@code <tt>}, {@code <kbd>}, {@code <samp>}), as a markdown line keeps its code spans.
   */
  record Line(String text, int number, List<MarkdownElement.TextLine.Literal> literals) {}

  /** A character no page shows, put where a literal starts to find its place in the line as shown. */
  private static final char LITERAL_MARK = '\u0001';
  /** The elements that set their text in bold. */
  private static final Set<String> BOLD = Set.of("strong", "b");
  /** The elements that set their text apart as code. */
  private static final Set<String> LITERALS = Set.of("code", "tt", "kbd", "samp");

  private final boolean breaksLines;
  /**
   * Where tables met in flattened text go, read apart rather than run into the text around them; text cut into lines
   * meets none, tables being blocks.
   */
  private final List<Element> tables;
  private final List<Line> lines = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  /** The current line's literals, in order, placed in the line as it is shown. */
  private final List<MarkdownElement.TextLine.Literal> literals = new ArrayList<>();
  /** How many lines have ended, which tells a literal cut by a line break. */
  private int linesEnded;
  /** Whether the text added is inside a literal, whose own markup makes no literal of its own. */
  private boolean inLiteral;
  /** The text of the bold words the current line opens with, if it opens with some: they may label the rest. */
  private String leadIn;
  /** The line of the file where the current line's text starts; 0 while it has none. */
  private int number;

  private HtmlText(boolean breaksLines, List<Element> tables) {
    this.breaksLines = breaksLines;
    this.tables = tables;
  }

  /** Text to be cut into lines at line breaks. */
  private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][\\w-]*");

  static HtmlText lines() {
    return new HtmlText(true, List.of());
  }

  /**
   * The text of an element on one line, its blocks and line breaks made spaces.
   *
   * @param tables where the tables inside the element are added, left out of its text
   */
  static String flat(Element element, List<Element> tables) {
    HtmlText flat = new HtmlText(false, tables);
    element.childNodes().forEach(flat::add);
    List<Line> lines = flat.result();
    return lines.isEmpty() ? "" : lines.get(0).text();
  }

  /** Whether an element, and all it holds, is shown within a line of text. */
  static boolean isInline(Element element) {
    return element.getAllElements().stream().noneMatch(Element::isBlock);
  }

  /** The 1-based line of the file where a node starts, or where the nearest enclosing node the parser placed does. */
  static int line(Node node) {
    for (Node at = node; at != null; at = at.parent()) {
      int line = at.sourceRange().start().lineNumber();
      if (line > 0) {
        return line;
      }
    }
    return 1;
  }

  void add(Node node) {
    if (node instanceof TextNode textNode) {
      append(textNode);
    } else if (node instanceof Element element && element.nameIs("br")) {
      if (breaksLines) {
        endLine();
      } else {
        text.append(' ');
      }
    } else if (node instanceof Element element && element.nameIs("table") && !breaksLines) {
      tables.add(element);
    } else if (node instanceof Element element && isPathVariable(element)) {
      // An emphasised segment of a path ({@code /api/queues/<i>vhost</i>}) is a variable, as type setting marks one.
      text.append('{').append(element.text().strip()).append('}');
    } else if (node instanceof Element element) {
      if (HtmlContent.standsApart(element, text)) {
        text.append(' ');
      }
      String around = element.isBlock() ? " " : "";
      text.append(around);
      if (breaksLines && !inLiteral && LITERALS.contains(element.normalName()) && isInline(element)) {
        literal(element);
      } else if (breaksLines && BOLD.contains(element.normalName()) && HtmlContent.shown(text.toString()).isEmpty()) {
        element.childNodes().forEach(this::add);
        leadIn = HtmlContent.shown(text.toString());
      } else {
        element.childNodes().forEach(this::add);
      }
      text.append(around);
    }
  }

  /** Adds a literal's text, and keeps it as the line's next literal. */
  private void literal(Element element) {
    int start = text.length();
    int ended = linesEnded;
    inLiteral = true;
    element.childNodes().forEach(this::add);
    inLiteral = false;
    if (linesEnded != ended) {
      // A literal a line break cuts ({@code <code>GET<br>/x</code>}) is no one literal of either line.
      return;
    }
    String raw = text.substring(start);
    String literal = HtmlContent.shown(raw);
    if (literal.isEmpty()) {
      return;
    }
    // Where the literal starts in the line as shown: a mark put there is shown where the literal's text is.
    String leading = raw.substring(0, raw.length() - raw.stripLeading().length());
    int at = HtmlContent.shown(text.substring(0, start) + leading + LITERAL_MARK).indexOf(LITERAL_MARK);
    literals.add(new MarkdownElement.TextLine.Literal(at, literal));
  }

  /** Whether an element is one word in italics, a variable or emphasis, right after a slash of a path. */
  private boolean isPathVariable(Element element) {
    return (element.nameIs("i") || element.nameIs("em") || element.nameIs("var")) && !text.isEmpty()
        && text.charAt(text.length() - 1) == '/' && VARIABLE_NAME.matcher(element.text().strip()).matches();
  }

  /** The lines read, the one under way included. */
  List<Line> result() {
    endLine();
    return List.copyOf(lines);
  }

  private void append(TextNode node) {
    String raw = node.getWholeText();
    if (number == 0 && !raw.isBlank()) {
      String leading = raw.substring(0, raw.indexOf(raw.strip().charAt(0)));
      number = line(node) + (int) leading.chars().filter(c -> c == '\n').count();
    }
    if (raw.startsWith("/") && node.previousSibling() instanceof Element badge && !text.isEmpty()
        && Character.isLetter(text.charAt(text.length() - 1)) && MarkdownRequestLines.isMethod(badge.text())) {
      // A method badge set apart by style only, its path right after it ({@code <span>GET</span>/stats}).
      text.append(' ');
    }
    text.append(raw);
  }

  private void endLine() {
    String line = HtmlContent.shown(text.toString());
    if (!line.isEmpty()) {
      lines.add(labelledPath(line).orElseGet(() -> new Line(line, number, List.copyOf(literals))));
    }
    linesEnded++;
    text.setLength(0);
    literals.clear();
    leadIn = null;
    number = 0;
  }

  /**
   * A line of bold words and then a path or URL alone ({@code <strong>URI del recurso</strong> /users}): the words
   * label the path, in whatever language, as a colon would; the path is set apart as code, as the value of a label.
   */
  private Optional<Line> labelledPath(String line) {
    if (leadIn == null || leadIn.isEmpty() || !line.startsWith(leadIn)) {
      return Optional.empty();
    }
    String value = line.substring(leadIn.length()).strip();
    String label = leadIn.endsWith(":") ? leadIn : leadIn + ":";
    if (value.startsWith(":")) {
      label = leadIn + ":";
      value = value.substring(1).strip();
    }
    if (!LabelledPath.isPathOrUrl(value)) {
      return Optional.empty();
    }
    return Optional.of(new Line(label + " " + value, number,
        List.of(new MarkdownElement.TextLine.Literal(label.length() + 1, value))));
  }
}
