package io.mcdewey.parse.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * The text of commonmark's inline nodes as the reader reads it: code spans kept as literals between marks no guide
 * prints, line break tags as line breaks, tags that only format text dropped, and a pipe inside a literal held apart
 * from the pipes that part a row's cells ({@code `string | null`} is one value).
 */
final class MarkedText {
  /**
   * An inline HTML tag that only formats text: a phrasing element of HTML, or any tag with attributes
   * ({@code <mark style="color:blue;">}). Other tags stay as printed, since guides write placeholders as tags
   * ({@code /users/<id>}).
   */
  private static final Pattern FORMATTING_TAG = Pattern.compile("(?i)</?(?:(?:mark|span|b|i|em|strong|code|sup|sub"
      + "|small|u|s|a|abbr|kbd|font|del|ins|q|cite|var|samp|img|wbr)\\b[^>]*|\\w+\\s+[\\w-]+\\s*=[^>]*)/?>");
  /** A line break tag, as browsers read it: {@code <br>}, {@code <br/>}, and the closing form {@code </br>} too. */
  private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)</?br\\s*/?>");
  /** Marks around a code span's literal in a paragraph's text, characters no guide prints. */
  static final char LITERAL_START = '\u0001';
  static final char LITERAL_END = '\u0002';
  /** A pipe inside a literal, held apart from the pipes that part cells while a paragraph's rows are read. */
  private static final char HELD_PIPE = '\u0003';

  private MarkedText() {}

  /** A marked line's text: the line without the marks around its literals. */
  static String withoutMarks(String line) {
    String text = line.strip();
    if (text.indexOf(LITERAL_START) < 0 && text.indexOf(LITERAL_END) < 0) {
      return text;
    }
    return text.replace(String.valueOf(LITERAL_START), "").replace(String.valueOf(LITERAL_END), "");
  }

  /**
   * The marked line with each pipe inside a literal held apart as {@link #HELD_PIPE}, when the line prints no pipe
   * outside one: {@code `string | null`} is one value, never two cells of a row.
   */
  static String literalPipesHeld(String marked) {
    if (marked.indexOf('|') < 0 || marked.indexOf(LITERAL_START) < 0) {
      return marked;
    }
    StringBuilder held = new StringBuilder(marked.length());
    boolean literal = false;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      literal = c == LITERAL_START || (literal && c != LITERAL_END);
      if (c == '|' && !literal) {
        return marked;
      }
      held.append(c == '|' ? HELD_PIPE : c);
    }
    return held.toString();
  }

  /** The element with the pipes {@link #literalPipesHeld} held apart given back. */
  static MarkdownElement withLiteralPipes(MarkdownElement element) {
    if (element instanceof MarkdownElement.TextLine line && line.text().indexOf(HELD_PIPE) >= 0) {
      return new MarkdownElement.TextLine(line.text().replace(HELD_PIPE, '|'), line.line(), line.listItem(),
          line.literals(), line.paragraph(), line.nested());
    }
    if (element instanceof MarkdownElement.Table table) {
      UnaryOperator<List<String>> given = cells -> cells.stream().map(cell -> cell.replace(HELD_PIPE, '|')).toList();
      return new MarkdownElement.Table(given.apply(table.header()), table.rows().stream().map(given).toList(),
          table.line(), table.openEnded());
    }
    return element;
  }

  /** The literals a marked line prints, where its text without marks has them. */
  static List<MarkdownElement.TextLine.Literal> literals(String marked) {
    List<MarkdownElement.TextLine.Literal> literals = new ArrayList<>();
    int removed = 0;
    int start = marked.indexOf(LITERAL_START);
    while (start >= 0) {
      int end = marked.indexOf(LITERAL_END, start);
      if (end < 0) {
        break;
      }
      literals.add(new MarkdownElement.TextLine.Literal(start - removed, marked.substring(start + 1, end)));
      removed += 2;
      start = marked.indexOf(LITERAL_START, end);
    }
    return literals;
  }

  /**
   * Whether a node is emphasis glued to the word before it that says required or optional and closes its text, as a
   * table's name cell prints it ({@code sku*required*}).
   */
  private static boolean isGluedMark(Node node) {
    if (!(node instanceof Emphasis || node instanceof StrongEmphasis) || node.getNext() != null
        || !(node.getPrevious() instanceof Text before)
        || before.getLiteral().isEmpty()
        || !Character.isLetterOrDigit(before.getLiteral().charAt(before.getLiteral().length() - 1))) {
      return false;
    }
    return MarkdownRequired.fromNameMark(inlineText(node)) != null;
  }

  /** The text of a node's inline nodes, literals unmarked. */
  static String inlineText(Node parent) {
    StringBuilder text = new StringBuilder();
    appendInline(parent, text, false);
    return text.toString();
  }

  /** Appends the text of inline nodes, with the literals of code spans between marks when asked to. */
  static void appendInline(Node parent, StringBuilder text, boolean markLiterals) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Text literal) {
        text.append(literal.getLiteral());
      } else if (node instanceof Code code && markLiterals && code.getLiteral().indexOf('\n') < 0) {
        text.append(LITERAL_START).append(code.getLiteral()).append(LITERAL_END);
      } else if (node instanceof Code code) {
        text.append(code.getLiteral());
      } else if (node instanceof HtmlInline html && LINE_BREAK_TAG.matcher(html.getLiteral()).matches()) {
        // A tag closing its line breaks nothing the line's end does not: no line is added.
        if (!(node.getNext() == null || node.getNext() instanceof SoftLineBreak
            || node.getNext() instanceof HardLineBreak)) {
          text.append('\n');
        }
      } else if (node instanceof HtmlInline html && !FORMATTING_TAG.matcher(html.getLiteral()).matches()) {
        text.append(html.getLiteral());
      } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
        text.append('\n');
      } else if (isGluedMark(node)) {
        // A required mark set in emphasis right after a name ({@code sku*required*}) is a word of its own.
        text.append(' ');
        appendInline(node, text, markLiterals);
      } else {
        appendInline(node, text, markLiterals);
      }
    }
  }
}
