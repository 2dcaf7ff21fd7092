package io.mcdewey.parse.markdown.rules.table;

import io.mcdewey.parse.markdown.MarkdownParameterText;
import io.mcdewey.parse.markdown.rules.FencedLines;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rows of a parameter table saved as text without its borders, each a name glued to its description, a
 * star between them marking the required ones ({@code client_id*Client ID of the app}, {@code scope*Access scopes},
 * {@code stateRandom string}): markdown would pair the stars of two rows as emphasis and lose them. Each row becomes a
 * list item of its name, its mark and its description ({@code - client_id (required) - Client ID of the app}), the
 * names without a star optional, as a table marking the required ones with a star means.
 *
 * <p>Only runs of two lines or more, each a name written in lower case (letters, digits, underscores, dots, hyphens)
 * glued to a description that opens with a capital or a letter of a script without capitals, at least two of them
 * starred, are read; a name glued to a capital without a star ({@code stateRandom}) is one only next to a starred row
 * of such a run, and not where the capital opens a word of camel case
 * ({@code responseTypeDefaults}) or the line closes as a sentence does. A star followed by another is emphasis. Lines
 * inside fenced code are left as they are.
 */
public final class StarredNameRows {
  private static final Pattern STARRED = Pattern.compile("([a-z_][a-z0-9_.-]*)\\*([\\p{Lu}\\p{Lo}].*)");
  private static final Pattern GLUED = Pattern.compile("([a-z_][a-z0-9_.-]*)([\\p{Lu}\\p{Lo}].*)");

  private StarredNameRows() {}

  /** The text with each run of starred rows written as a list of parameters. */
  public static String asItems(String markdown) {
    if (markdown.indexOf('*') < 0) {
      return markdown;
    }
    String[] lines = markdown.split("\n", -1);
    boolean[] fenced = FencedLines.of(lines);
    boolean changed = false;
    for (int start = 0; start < lines.length; ) {
      // A run opens with a starred row: lines without a star are told only after one.
      if (lines[start].indexOf('*') <= 0 || fenced[start] || !isStarred(lines[start])) {
        start++;
        continue;
      }
      // Rows without a star right before the first starred one are of the run too ({@code limitMaximum accounts}).
      while (start > 0 && !fenced[start - 1] && isGlued(lines[start - 1])) {
        start--;
      }
      int end = start + 1;
      int starred = isStarred(lines[start]) ? 1 : 0;
      while (end < lines.length && !fenced[end]) {
        boolean row = isStarred(lines[end]);
        if (!row && !isGlued(lines[end])) {
          break;
        }
        starred += row ? 1 : 0;
        end++;
      }
      if (starred >= 2 && end - start >= 2) {
        for (int i = start; i < end; i++) {
          lines[i] = item(lines[i]);
        }
        changed = true;
      }
      start = Math.max(end, start + 1);
    }
    return changed ? String.join("\n", lines) : markdown;
  }

  /** A name, a star and a description with no star of its own ({@code note*Important*: ...} is emphasis). */
  private static boolean isStarred(String line) {
    Matcher starred = STARRED.matcher(line);
    return starred.matches() && starred.group(2).indexOf('*') < 0;
  }

  /**
   * A name glued to a description whose first word holds no capital inside, as a name written in camel case cut at
   * its first capital would ({@code responseTypeDefaults}), and that closes as no sentence does
   * ({@code token过期时间为2小时。} is a note).
   */
  private static boolean isGlued(String line) {
    Matcher glued = GLUED.matcher(line);
    if (!glued.matches() || MarkdownParameterText.endsSentence(line)) {
      return false;
    }
    String description = glued.group(2);
    int wordEnd = description.indexOf(' ') < 0 ? description.length() : description.indexOf(' ');
    return description.substring(1, wordEnd).chars().noneMatch(Character::isUpperCase);
  }

  private static String item(String line) {
    Matcher starred = STARRED.matcher(line);
    if (starred.matches()) {
      return "- " + starred.group(1) + " (required) - " + starred.group(2);
    }
    Matcher glued = GLUED.matcher(line);
    glued.matches();
    return "- " + glued.group(1) + " (optional) - " + glued.group(2);
  }
}
