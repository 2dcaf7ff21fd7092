package io.mcdewey.parse.markdown;

import io.mcdewey.model.ParameterLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form body printed as its template on the line under its request line
 * ({@code name=<name>&hostname=<hostname>(&type=(capi|xmem))?}): each pair names a body parameter, and a pair inside
 * a group the grammar marks optional ({@code (...)?}, {@code (...)*}) is optional. A line holding anything besides
 * pairs, ampersands and groups is no template; neither is one whose names are placeholders themselves
 * ({@code <setting-name>=<value>}).
 */
final class FormTemplate {
  private static final Pattern PAIR =
      Pattern.compile("([A-Za-z_][\\w.\\[\\]-]*)=(<[^<>]*>|\\([^()]*\\)|[^&()\\s<>]*)");
  /** What may stand between pairs: ampersands, and groups that may close with a mark of how often they occur. */
  private static final Pattern LEFT_OVER = Pattern.compile("(?:[\\s&(]|\\)[?*]?)*");

  private FormTemplate() {}

  /** The parameters a template line names, in order; empty when the line is no template. */
  static List<MarkdownParameter> parameters(String line) {
    String text = line.strip();
    if (text.indexOf('=') < 0) {
      return List.of();
    }
    List<MarkdownParameter> parameters = new ArrayList<>();
    StringBuilder rest = new StringBuilder();
    Matcher pair = PAIR.matcher(text);
    int at = 0;
    while (pair.find()) {
      rest.append(text, at, pair.start());
      at = pair.end();
      boolean optional = inOptionalGroup(text, pair.start());
      parameters.add(new MarkdownParameter(pair.group(1), ParameterLocation.BODY, optional ? Boolean.FALSE : null,
          "", "", List.of()));
    }
    rest.append(text.substring(at));
    return LEFT_OVER.matcher(rest).matches() ? List.copyOf(parameters) : List.of();
  }

  /** Whether {@code index} stands in a group that closes with {@code ?} or {@code *}, which may be left out. */
  private static boolean inOptionalGroup(String text, int index) {
    int open = 0;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '(') {
        open++;
      } else if (text.charAt(i) == ')' && open > 0) {
        open--;
      }
    }
    // Each group around the pair closes after it, below the depth reached so far (a group opened after the pair
    // closes back to that depth); one that closes with a mark makes the pair optional.
    for (int depth = open, least = open, i = index; i < text.length() && least > 0; i++) {
      if (text.charAt(i) == '(') {
        depth++;
      } else if (text.charAt(i) == ')') {
        depth--;
        if (depth < least) {
          least = depth;
          if (i + 1 < text.length() && "?*".indexOf(text.charAt(i + 1)) >= 0) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
