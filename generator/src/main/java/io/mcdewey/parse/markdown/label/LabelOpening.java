package io.mcdewey.parse.markdown.label;

import io.mcdewey.parse.Field;
import io.mcdewey.parse.Whitespace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A label and the pattern of a line it opens, with the label's words: the pattern matches only a line that begins
 * with those words, whatever their case, which is quicker to tell than the pattern itself.
 *
 * @param order the label's place among the profile's labels, the first of which opening a line is the one it opens
 */
public record LabelOpening(Field field, String[] words, Pattern line, int order) {

  /**
   * Whether the text begins with the label's words, parted by runs of {@code \s}, whatever their case: the pattern
   * matches only such a text, ignoring case as this does, so every text it matches is let through.
   * A profile holds hundreds of labels opening with one letter, most of them with one of a few words.
   */
  boolean mayOpen(String text) {
    int at = 0;
    for (int i = 0; i < words.length; i++) {
      int spaced = at;
      while (i > 0 && at < text.length() && Whitespace.isSpace(text.charAt(at))) {
        at++;
      }
      if (i > 0 && at == spaced || !text.regionMatches(true, at, words[i], 0, words[i].length())) {
        return false;
      }
      at += words[i].length();
    }
    return true;
  }

  /** The match of this label opening the text, if it does. */
  Optional<MarkdownLabels.Match> opening(String text) {
    if (!mayOpen(text)) {
      return Optional.empty();
    }
    Matcher opening = line.matcher(text);
    if (!opening.matches()) {
      return Optional.empty();
    }
    return Optional.of(new MarkdownLabels.Match(field, "", opening.group(2).strip(),
        !opening.group(1).contains(":") && !opening.group(1).contains("：")));
  }

  /**
   * The labels of a profile by the first character of their first word, in lower case, and then by
   * that word: a profile holds hundreds of labels opening with one letter, most of them with one of a few words, and a
   * line is compared with each of those words once.
   */
  static final class Index {
    private final Map<Character, Map<String, List<LabelOpening>>> byFirstWord = new HashMap<>();

    /** Adds a label, after every label before it in the profile's order. */
    void add(LabelOpening label) {
      String first = label.words()[0];
      byFirstWord.computeIfAbsent(lowerCase(first.charAt(0)), c -> new LinkedHashMap<>())
          .computeIfAbsent(first, word -> new ArrayList<>()).add(label);
    }

    /**
     * The match of the first label, in the profile's order, that opens the text: of the first that does among the
     * labels of each first word the text begins with, the earliest.
     */
    Optional<MarkdownLabels.Match> opening(String text) {
      Optional<MarkdownLabels.Match> found = Optional.empty();
      int foundOrder = Integer.MAX_VALUE;
      Map<String, List<LabelOpening>> byWord =
          text.isEmpty() ? Map.of() : byFirstWord.getOrDefault(lowerCase(text.charAt(0)), Map.of());
      for (Map.Entry<String, List<LabelOpening>> sharing : byWord.entrySet()) {
        // Every label's pattern needs whitespace, a colon or a parenthesis, then more text, right after its first word:
        // a text holding none there is told before its words are compared.
        int end = sharing.getKey().length();
        if (end >= text.length() || !closesFirstWord(text.charAt(end))
            || !text.regionMatches(true, 0, sharing.getKey(), 0, end)) {
          continue;
        }
        for (LabelOpening label : sharing.getValue()) {
          if (label.order() > foundOrder) {
            break;
          }
          Optional<MarkdownLabels.Match> opened = label.opening(text);
          if (opened.isPresent()) {
            found = opened;
            foundOrder = label.order();
            break;
          }
        }
      }
      return found;
    }

    /**
     * Whether a character may follow a label's first word: what the patterns' {@code \\s} and colons match, and the
     * parenthesis a value may open with glued to the label.
     */
    private static boolean closesFirstWord(char c) {
      return Whitespace.isSpace(c) || c == ':' || c == '：' || c == '（' || c == '(';
    }

    /**
     * The character in lower case, ASCII letters told apart cheaply: a label's first word is compared in any case, in
     * every script ({@code Метод: GET} opens with the label {@code Метод}).
     */
    private static char lowerCase(char c) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c < 0x80 ? c : Character.toLowerCase(c);
    }
  }
}
