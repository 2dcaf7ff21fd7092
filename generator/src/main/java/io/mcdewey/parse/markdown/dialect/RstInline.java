package io.mcdewey.parse.markdown.dialect;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a line of reStructuredText inline markup, and its literals: {@code ``folder``} is the literal
 * {@code folder}, {@code :mimetype:`application/json`} the text {@code application/json}, a link
 * {@code `Go's package <https://...>`_} its words.
 */
final class RstInline {
  private static final Pattern LITERAL = Pattern.compile("``(.+?)``");
  /** An interpreted text with a role ({@code :ref:`pagination <rest-pagination>`}), or a reference. */
  private static final Pattern ROLE_OR_REFERENCE =
      Pattern.compile("(?::[\\w:+.-]+:)?`([^`]+?)(?:\\s*<[^<>`]*>)?`(?:_{1,2})?");
  private static final Pattern STRONG_OR_EMPHASIS = Pattern.compile("\\*{1,2}([^*\\s](?:[^*]*[^*\\s])?)\\*{1,2}");

  private RstInline() {}

  /** A line's text and the literals it prints, in order. */
  record Text(String text, List<MarkdownElement.TextLine.Literal> literals) {}

  static Text read(String printed) {
    String line = MarkdownElements.singleSpaced(printed);
    List<MarkdownElement.TextLine.Literal> literals = new ArrayList<>();
    StringBuilder out = new StringBuilder();
    Matcher literal = LITERAL.matcher(line);
    int at = 0;
    while (literal.find()) {
      out.append(plain(line.substring(at, literal.start())));
      literals.add(new MarkdownElement.TextLine.Literal(out.length(), literal.group(1)));
      out.append(literal.group(1));
      at = literal.end();
    }
    out.append(plain(line.substring(at)));
    return new Text(out.toString(), List.copyOf(literals));
  }

  /** Text outside literals: roles, references and emphasis reduced to their words. */
  private static String plain(String text) {
    String roles = ROLE_OR_REFERENCE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    return STRONG_OR_EMPHASIS.matcher(roles).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
  }
}
