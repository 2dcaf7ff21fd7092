package io.mcdewey.parse;

import java.util.regex.Pattern;

/**
 * Makes the spaces of a profile's patterns match any run of whitespace. A profile writes its footers and markers as
 * printed, with single spaces, but one conversion of a guide doubles spaces and another breaks lines elsewhere; the
 * same page must be read the same way either way.
 *
 * <p>A space outside a character class becomes {@code \s+} (a run of spaces counts as one), or {@code \s} before a
 * quantifier other than {@code ?}, which keeps its meaning ({@code " *"} any whitespace); {@code " ?"} becomes
 * {@code \s*}. A space inside a character class becomes {@code \s}. Escaped and quoted text is kept, except that a
 * space inside {@code \Q...\E} matches any whitespace too. A pattern in comments mode ({@code (?x)}) places its
 * whitespace itself and is kept as written.
 */
final class WhitespacePatterns {
  private static final Pattern COMMENTS_FLAG = Pattern.compile("\\(\\?[a-zA-Z-]*x");

  private WhitespacePatterns() {}

  static String anyWhitespace(String regex) {
    if (COMMENTS_FLAG.matcher(regex).find()) {
      return regex;
    }
    StringBuilder out = new StringBuilder(regex.length() + 16);
    boolean quoted = false;
    int classDepth = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (quoted) {
        if (regex.startsWith("\\E", i)) {
          quoted = false;
          out.append("\\E");
          i++;
        } else if (c == ' ') {
          i = spacesEnd(regex, i) - 1;
          out.append("\\E\\s+\\Q");
        } else {
          out.append(c);
        }
      } else if (c == '\\' && i + 1 < regex.length()) {
        quoted = regex.charAt(i + 1) == 'Q';
        out.append(c).append(regex.charAt(++i));
      } else if (classDepth > 0) {
        classDepth += c == '[' ? 1 : c == ']' ? -1 : 0;
        out.append(c == ' ' ? "\\s" : String.valueOf(c));
      } else if (c == '[') {
        classDepth = 1;
        out.append(c);
      } else if (c == ' ') {
        int end = spacesEnd(regex, i);
        char next = end < regex.length() ? regex.charAt(end) : 0;
        if (next == '?') {
          out.append("\\s*");
          end++;
        } else {
          out.append(next == '*' || next == '+' || next == '{' ? "\\s" : "\\s+");
        }
        i = end - 1;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int spacesEnd(String regex, int from) {
    int end = from;
    while (end < regex.length() && regex.charAt(end) == ' ') {
      end++;
    }
    return end;
  }
}
