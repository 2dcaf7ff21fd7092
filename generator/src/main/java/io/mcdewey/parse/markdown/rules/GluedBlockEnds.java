package io.mcdewey.parse.markdown.rules;

import io.mcdewey.parse.Whitespace;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parts a line where a page saved as text glued the last line of a block of code to the first line of what follows
 * it, as copies of VitePress and other sites lose the line break after a code box: a payload's closing bracket before
 * the next request line or caption ({@code }GET /users/:id}, {@code }Respuesta:}), and a command's last quoted
 * argument before the next request line ({@code -H "Authorization: Bearer token"POST /users}). Both parts keep the
 * line's number.
 */
public final class GluedBlockEnds {
  /** A closing bracket, perhaps with its comma, opening the line and glued to a letter. */
  private static final Pattern AFTER_BRACKET = Pattern.compile("^\\s*[}\\]],?(?=\\p{L})");
  /**
   * A closing quote, after a word's last character, glued to a method in capitals, a space and a path after it; an
   * opening quote ({@code caption="GET /x"}) opens a quoted request line.
   */
  private static final Pattern QUOTE_BEFORE_METHOD = Pattern.compile("(?<=[\\w.\\-/])[\"'](?=[A-Z]{3,7} /)");

  private GluedBlockEnds() {}

  /** Whether the line's first character besides {@code \s} closes a bracket, as {@link #AFTER_BRACKET} needs. */
  private static boolean opensWithBracket(String line) {
    int at = 0;
    while (at < line.length() && Whitespace.isSpace(line.charAt(at))) {
      at++;
    }
    return at < line.length() && (line.charAt(at) == '}' || line.charAt(at) == ']');
  }

  /** The lines with each glued pair parted, and the number of each line. */
  public static ContinuedRequestLines.Joined split(List<String> lines, List<Integer> numbers) {
    List<String> parted = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int cut = cut(line);
      if (cut > 0) {
        parted.add(line.substring(0, cut));
        at.add(numbers.get(i));
        line = line.substring(cut);
      }
      parted.add(line);
      at.add(numbers.get(i));
    }
    return parted.size() == lines.size() ? new ContinuedRequestLines.Joined(lines, numbers)
        : new ContinuedRequestLines.Joined(parted, at);
  }

  /** Where a line's glued second part begins; 0 where it holds one part. */
  private static int cut(String line) {
    Matcher bracket = opensWithBracket(line) ? AFTER_BRACKET.matcher(line) : null;
    if (bracket != null && bracket.lookingAt()) {
      return bracket.end();
    }
    // A quote the pattern finds comes before a method, a space and a path's slash: told before it runs.
    if (line.indexOf('"') < 0 && line.indexOf('\'') < 0 || !line.contains(" /")) {
      return 0;
    }
    Matcher quote = QUOTE_BEFORE_METHOD.matcher(line);
    while (quote.find()) {
      if (!MarkdownRequestLines.opening(line.substring(quote.end()), 0).isEmpty()) {
        return quote.end();
      }
    }
    return 0;
  }
}
