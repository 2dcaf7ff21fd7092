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
  private static final Pattern LEFT_OVER = Pattern.compile("[\\s&()?*]*");

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
      boolean optional = depth(text, pair.start()) > 0;
      parameters.add(new MarkdownParameter(pair.group(1), ParameterLocation.BODY, optional ? Boolean.FALSE : null,
          "", "", List.of()));
    }
    rest.append(text.substring(at));
    return LEFT_OVER.matcher(rest).matches() ? List.copyOf(parameters) : List.of();
  }

  /** How many groups are open at {@code index}. */
  private static int depth(String text, int index) {
    int depth = 0;
    for (int i = 0; i < index; i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      }
    }
    return depth;
  }
}
