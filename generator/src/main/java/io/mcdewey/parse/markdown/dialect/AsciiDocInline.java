package io.mcdewey.parse.markdown.dialect;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a line of AsciiDoc inline markup, and its literals: {@code `id`} and {@code `+id+`} are the literal
 * {@code id}, {@code +{id}+} the text {@code {id}} kept from attribute substitution, a link
 * ({@code link:https://x[the spec]}, {@code <<errors,Errors>>}) its words, and strong or emphasis marks are dropped.
 */
final class AsciiDocInline {
  /**
   * A monospace span, constrained ({@code `x`}) or unconstrained ({@code ``x``}), or set in the tags RDoc, which reads
   * as AsciiDoc does, writes code in ({@code <code>x</code>}, {@code <tt>x</tt>}).
   */
  private static final Pattern MONOSPACE =
      Pattern.compile("``(.+?)``|`([^`\\s](?:[^`]*[^`\\s])?)`|<(code|tt)>([^<>]+)</\\3>");
  /**
   * A passthrough: {@code ++x++}, {@code pass:[x]}, or {@code +x+} where no word character touches its marks, so
   * that {@code application/hal+json} and {@code C++} stay as they are.
   */
  private static final Pattern PASSTHROUGH = Pattern.compile("\\+\\+(.+?)\\+\\+"
      + "|(?<![\\w\\\\+])\\+(\\S|\\S.*?\\S)\\+(?![\\w+])|pass:[a-z,]*\\[(.*?)]");
  private static final Pattern CROSS_REFERENCE = Pattern.compile("<<([^,>]+)(?:,\\s*([^>]+))?>>");
  /** A macro with a target and its text ({@code link:url[text]}, {@code xref:doc.adoc[text]}, {@code https://x[text]}). */
  private static final Pattern MACRO = Pattern.compile("\\b(?:link|xref|mailto|image|footnote):([^\\s\\[]*)\\[([^]]*)]"
      + "|\\b(https?://[^\\s\\[]+)\\[([^]]*)]");
  private static final Pattern MARKS =
      Pattern.compile("(?<![\\w*_#\\\\])([*_#]{1,2})([^*_#\\s](?:[^*_#]*[^*_#\\s])?)\\1(?![\\w*_#])");
  private static final Pattern HARD_BREAK = Pattern.compile("\\s\\+$");
  /**
   * A line set in emphasis by single quotes, as AsciiDoc before Asciidoctor wrote it ({@code 'GET /groups/'}, as
   * Gerrit's pages print request lines); only a whole line, since a quote inside one is more often an apostrophe.
   */
  private static final Pattern QUOTED_LINE = Pattern.compile("^'(\\S(?:.*\\S)?)'$");
  /**
   * A backslash that keeps the character after it from starting markup: {@code \{id}} is no attribute reference
   * but the text {@code {id}}, as guides print a path's variables.
   */
  private static final Pattern ESCAPE = Pattern.compile("\\\\([{}*_#+\\[\\]<>`^~])");

  /**
   * A path segment set in emphasis inside monospace ({@code `GET /_collection_/schema`}): AsciiDoc substitutes
   * emphasis there too, and reference guides set a path's variables in italics.
   */
  private static final Pattern EMPHASISED_SEGMENT =
      Pattern.compile("(?<=/)_{1,2}([A-Za-z][\\w.-]*?)_{1,2}(?=[/?\\s]|$)");

  private AsciiDocInline() {}

  /** A line's text and the literals it prints, in order. */
  record Text(String text, List<MarkdownElement.TextLine.Literal> literals) {}

  static Text read(String printed) {
    String line = MarkdownElements.singleSpaced(HARD_BREAK.matcher(printed.strip()).replaceFirst(""));
    Matcher quoted = QUOTED_LINE.matcher(line);
    if (quoted.matches()) {
      line = quoted.group(1);
    }
    List<MarkdownElement.TextLine.Literal> literals = new ArrayList<>();
    StringBuilder out = new StringBuilder();
    Matcher monospace = MONOSPACE.matcher(line);
    int at = 0;
    while (monospace.find()) {
      out.append(plain(line.substring(at, monospace.start())));
      String literal = monospace.group(4) != null ? monospace.group(4)
          : monospaced(monospace.group(1) != null ? monospace.group(1) : monospace.group(2));
      literals.add(new MarkdownElement.TextLine.Literal(out.length(), literal));
      out.append(literal);
      at = monospace.end();
    }
    out.append(plain(line.substring(at)));
    return new Text(out.toString(), List.copyOf(literals));
  }

  /** A cell's or a title's text, without its literals' places. */
  static String text(String printed) {
    return read(printed).text();
  }

  /**
   * A monospace span's text: passthroughs unwrapped; elsewhere escapes taken away, as monospace text is still
   * substituted ({@code `/users/\{id}`} prints {@code /users/{id}}), and a path segment set in emphasis read as the
   * variable it stands for ({@code /_collection_/schema} prints {@code /{collection}/schema}).
   */
  private static String monospaced(String text) {
    String passed = passedThrough(text);
    if (!passed.equals(text)) {
      return passed;
    }
    String variables = text.indexOf('_') < 0 ? text : EMPHASISED_SEGMENT.matcher(text).replaceAll("{$1}");
    return variables.indexOf('\\') < 0 ? variables : ESCAPE.matcher(variables).replaceAll("$1");
  }

  /** Text with its passthroughs unwrapped: their content is printed as it stands. */
  private static String passedThrough(String text) {
    return PASSTHROUGH.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
        m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3)));
  }

  /** Text outside monospace spans: passthroughs unwrapped, links and references reduced to their words. */
  private static String plain(String text) {
    String macros = MACRO.matcher(text).replaceAll(m -> Matcher.quoteReplacement(macroText(m)));
    String references = CROSS_REFERENCE.matcher(macros).replaceAll(m -> Matcher.quoteReplacement(
        m.group(2) != null ? m.group(2).strip() : m.group(1).strip()));
    String passed = passedThrough(references);
    String unmarked = MARKS.matcher(passed).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
    return unmarked.indexOf('\\') < 0 ? unmarked : ESCAPE.matcher(unmarked).replaceAll("$1");
  }

  private static String macroText(MatchResult macro) {
    if (macro.group(3) != null) {
      return macro.group(4).isBlank() ? macro.group(3) : macro.group(4);
    }
    return macro.group(2).isBlank() ? macro.group(1) : macro.group(2);
  }
}
