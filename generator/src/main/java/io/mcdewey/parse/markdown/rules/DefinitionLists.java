package io.mcdewey.parse.markdown.rules;

import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a definition list entry, as PHP Markdown Extra, Python-Markdown, Pandoc and Hugo (Goldmark) write one: the
 * term on a line, then its definition on a line opening with a colon ({@code limit} then {@code : Integer. At most
 * this many.}). Reference pages list parameters and headers this way; commonmark reads the lines as a paragraph. The
 * entry reads as a list item, {@code limit - Integer. At most this many.}, which the section reads as a parameter
 * where it documents parameters and as text elsewhere.
 */
public final class DefinitionLists {
  private static final Pattern DEFINITION = Pattern.compile("^:\\s+(\\S.*)$");

  private DefinitionLists() {}

  /** A list item and the index of the line after its entry. */
  public record Found(MarkdownElement.TextLine item, int end) {}

  /**
   * The entry whose term is line {@code index}, if the next line defines it: the definition runs over the lines
   * after it (a second definition of the same term included) up to the next term.
   */
  public static Optional<Found> at(List<String> lines, List<Integer> numbers, int index) {
    if (index + 1 >= lines.size()) {
      return Optional.empty();
    }
    String next = lines.get(index + 1).strip();
    if (!next.startsWith(":")) {
      // Told before the patterns run: most lines define nothing.
      return Optional.empty();
    }
    String term = lines.get(index).strip();
    Matcher definition = DEFINITION.matcher(next);
    if (term.isEmpty() || DEFINITION.matcher(term).matches() || !definition.matches()) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder(definition.group(1).strip());
    int end = index + 2;
    while (end < lines.size() && !opensEntry(lines, end)) {
      Matcher more = DEFINITION.matcher(lines.get(end).strip());
      text.append(' ').append(more.matches() ? more.group(1).strip() : lines.get(end).strip());
      end++;
    }
    return Optional.of(new Found(new MarkdownElement.TextLine(term + " - " + text, numbers.get(index), true), end));
  }

  private static boolean opensEntry(List<String> lines, int index) {
    return index + 1 < lines.size() && !DEFINITION.matcher(lines.get(index).strip()).matches()
        && DEFINITION.matcher(lines.get(index + 1).strip()).matches();
  }
}
