package io.mcdewey.parse.markdown.dialect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Section titles of reStructuredText: a line of text underlined, and perhaps overlined, by a run of one punctuation
 * character as long as the text (or four long at least). Commonmark reads only {@code =} and {@code -} underlines as
 * headings, a {@code ~~~~} underline as a code fence that swallows what follows, and the others ({@code ^^^^},
 * {@code """"}) as text. Where a page written in reStructuredText (it prints explicit markup) uses an adornment of
 * reStructuredText alone (another character, or an overline), its titles are rewritten as ATX headings before
 * commonmark reads it; levels follow docutils: each adornment style, in the order first met, is one level deeper than
 * the styles met before it. The adornment lines become blank, so every line keeps its number.
 */
public final class RstSectionTitles {
  /** The adornment characters docutils recommends, in the order of its documentation. */
  private static final String ADORNMENTS = "=-`:.'\"~^_*+#";
  /** The adornments commonmark reads itself when they underline a paragraph line. */
  private static final String MARKDOWN_UNDERLINES = "=-";
  private static final int DEEPEST = 6;
  private static final int SHORTEST_LOOSE_RUN = 4;
  /**
   * A line of explicit markup ({@code .. code-block:: json}, {@code .. _label:}) or a literal block's marker
   * ({@code ::} alone): a page that prints one is reStructuredText, where a run of {@code ~}, {@code _} or {@code :}
   * under a line is a title's adornment rather than a fence, a rule or an admonition's end.
   */
  private static final Pattern EXPLICIT_MARKUP =
      Pattern.compile("(?m)^(?:\\.\\. (?:[\\w:-]+::|_[^:\\n]+:)|::\\s*$)");

  private RstSectionTitles() {}

  /** Whether a page prints explicit markup or a literal block's marker alone: it is reStructuredText. */
  public static boolean isRst(String text) {
    // Every match opens with either marker, searched for before the pattern runs at each line.
    return text.indexOf('\n') >= 0 && (text.contains(".. ") || text.contains("::"))
        && EXPLICIT_MARKUP.matcher(text).find();
  }

  /**
   * The text with its section titles as ATX headings, or the text itself when no adornment is reST's own.
   *
   * @param rst whether the page is reStructuredText, as its file's name or its explicit markup says
   */
  public static String asHeadings(String text, boolean rst) {
    if (!rst || text.indexOf('\n') < 0) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    List<Title> titles = titles(lines);
    if (titles.stream().noneMatch(Title::onlyRst)) {
      return text;
    }
    Map<String, Integer> levels = new LinkedHashMap<>();
    for (Title title : titles) {
      int level = Math.min(DEEPEST, levels.computeIfAbsent(title.style(), style -> levels.size() + 1));
      lines[title.line()] = "#".repeat(level) + " " + lines[title.line()].strip();
      lines[title.line() + 1] = "";
      if (title.overlined()) {
        lines[title.line() - 1] = "";
      }
    }
    return String.join("\n", lines);
  }

  /**
   * A title on line {@code line} (0-based), adorned by {@code adornment}.
   *
   * @param overlined whether the same run stands on the line above the title too
   */
  record Title(int line, char adornment, boolean overlined) {
    String style() {
      return (overlined ? "over " : "") + adornment;
    }

    boolean onlyRst() {
      return overlined || MARKDOWN_UNDERLINES.indexOf(adornment) < 0;
    }
  }

  private static List<Title> titles(String[] lines) {
    List<Title> titles = new ArrayList<>();
    boolean fenced = false;
    for (int i = 0; i + 1 < lines.length; i++) {
      if (lines[i].stripLeading().startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      if (fenced || !isTitleText(lines[i]) || adornment(lines[i + 1], lines[i].strip().length()) == 0) {
        continue;
      }
      char adornment = adornment(lines[i + 1], 0);
      boolean overlined = i > 0 && adornment(lines[i - 1], lines[i].strip().length()) == adornment;
      if (overlined || i == 0 || lines[i - 1].isBlank()) {
        titles.add(new Title(i, adornment, overlined));
        i++;
      }
    }
    return titles;
  }

  /** Whether a line can be a title: unindented text with a letter or digit. */
  private static boolean isTitleText(String line) {
    return !line.isEmpty() && !Character.isWhitespace(line.charAt(0))
        && line.chars().anyMatch(Character::isLetterOrDigit);
  }

  /**
   * The character a line repeats, or 0 when it is no adornment of a title {@code length} long. As in docutils, a run
   * shorter than its title still adorns it when it is four characters or more: a title respaced by another
   * conversion stays one.
   */
  private static char adornment(String line, int length) {
    String run = line.stripTrailing();
    if (run.length() < Math.min(Math.max(2, length), SHORTEST_LOOSE_RUN) || ADORNMENTS.indexOf(run.charAt(0)) < 0) {
      return 0;
    }
    char first = run.charAt(0);
    return run.chars().allMatch(c -> c == first) ? first : 0;
  }
}
