package io.mcdewey.parse.markdown.dialect;

import io.mcdewey.parse.markdown.rules.FencedLines;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headings of pages saved as text from sites whose heading anchors carry a label quoting the heading: Astro
 * Starlight's links read {@code Section titled “Request”} (in the site's language), which a page copied as text prints
 * on the line after the heading, glued to what follows it ({@code Section titled “Request”GET /users}). The quoted
 * text being the line above, under the same two words or more for two headings at least, and the label glued to
 * what follows it or ending its line rather than going on as a sentence ({@code Set “Accept” to a type.}), tells
 * that line for a heading: it is
 * read as one (a markdown heading keeps its level), and the label is dropped from the line after it, before commonmark
 * reads the page. No line moves.
 */
public final class AnchorLabelHeadings {
  /**
   * Two words or a few, then a quoted text, then what the label is glued to: the words of the label, the quote's
   * opening mark, the quoted text, the rest.
   */
  private static final Pattern LABEL =
      Pattern.compile("^(\\p{L}+ [\\p{L} ]{0,40}?)\\s*([“«„\"「])(.+?)[”»“\"」](.*)$");
  /** The opening quotes {@link #LABEL} takes. */
  private static final String QUOTES = "“«„\"「";
  /** What a sentence goes on with after a quoted word: a space, then words in lower case. */
  private static final Pattern SENTENCE_GOES_ON = Pattern.compile("^\\s+\\p{Ll}\\S*\\s+\\S.*");
  private static final Pattern ATX = Pattern.compile("^\\s{0,3}#{1,6}[ \\t]+(.*?)[ \\t#]*$");
  /** The level these headings take where the page has no markdown heading: it no longer says which holds which. */
  private static final int LEVEL = 2;
  private static final int DEEPEST_LEVEL = 6;
  /** The fewest headings a page labels with the same words. */
  private static final int LEAST_LABELS = 2;

  private AnchorLabelHeadings() {}

  /** The text with each line its next line's anchor label quotes as a heading, the label dropped. */
  public static String asHeadings(String text) {
    if (!hasQuote(text)) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    boolean[] fenced = FencedLines.of(lines);
    // A site labels every heading's anchor alike: words that quote one heading alone are a sentence's.
    Map<String, Integer> labels = new HashMap<>();
    read(lines.clone(), fenced, null, labels);
    labels.values().removeIf(count -> count < LEAST_LABELS);
    return labels.isEmpty() || !read(lines, fenced, labels.keySet(), new HashMap<>()) ? text
        : String.join("\n", lines);
  }

  /**
   * Reads the lines, counting the words of each label quoting the line above it; where those words are among the
   * labels given, makes the line above a heading and drops the label. Whether a line was changed.
   */
  private static boolean read(String[] lines, boolean[] fenced, Set<String> taken, Map<String, Integer> counts) {
    boolean changed = false;
    String level = null;
    for (int i = 1; i < lines.length; i++) {
      // A label's words open its line and a quote follows them: told before the line above is matched.
      if (fenced[i] || lines[i].isEmpty() || !Character.isLetter(lines[i].charAt(0)) || !hasQuote(lines[i])) {
        continue;
      }
      Matcher heading = ATX.matcher(lines[i - 1]);
      String title = heading.matches() ? heading.group(1) : lines[i - 1].strip();
      if (fenced[i] || fenced[i - 1] || title.isEmpty() || !lines[i].contains(title)) {
        continue;
      }
      Matcher label = LABEL.matcher(lines[i].strip());
      if (!label.matches() || !label.group(3).strip().equals(title)
          || SENTENCE_GOES_ON.matcher(label.group(4)).matches()) {
        continue;
      }
      counts.merge(label.group(1), 1, Integer::sum);
      if (taken == null || taken.contains(label.group(1))) {
        level = level == null ? level(lines, fenced) : level;
        lines[i - 1] = heading.matches() ? lines[i - 1] : level + title;
        lines[i] = label.group(4).strip();
        changed = true;
      }
    }
    return changed;
  }

  /** Whether the text holds a quote: each is looked for by indexOf, quicker over a whole page than a scan by hand. */
  private static boolean hasQuote(String text) {
    for (int i = 0; i < QUOTES.length(); i++) {
      if (text.indexOf(QUOTES.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The marks of the level the headings told by their labels take: one under the deepest markdown heading of the
   * page, which titles the page or its calls (a call's {@code ## Get stores} over its {@code Parameters}).
   */
  private static String level(String[] lines, boolean[] fenced) {
    int deepest = 0;
    for (int i = 0; i < lines.length; i++) {
      Matcher heading = fenced[i] ? null : ATX.matcher(lines[i]);
      if (heading != null && heading.matches()) {
        String marked = lines[i].strip();
        int marks = 0;
        while (marked.charAt(marks) == '#') {
          marks++;
        }
        deepest = Math.max(deepest, marks);
      }
    }
    return "#".repeat(deepest == 0 ? LEVEL : Math.min(DEEPEST_LEVEL, deepest + 1)) + " ";
  }
}
