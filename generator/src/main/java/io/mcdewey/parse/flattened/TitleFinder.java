package io.mcdewey.parse.flattened;

import io.mcdewey.parse.Profile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds endpoint titles ({@code Group—Action}) in flattened text, where headings run into the text around them.
 *
 * <p>A title is accepted where the text after it opens a description (a profile's description openers, such as
 * {@code This API}) or, failing that, where a running footer prints the same title; cross-references ({@code see X—Y, on page 3}),
 * list items ({@code • X—Y—...}) and dashes inside sentences are not titles. {@link TitleGroups} tells where the
 * group before the separator starts.
 */
final class TitleFinder {
  private static final Pattern BRACKETS_AND_COMMAS = Pattern.compile("[(),]");
  private static final Pattern SPACES = Pattern.compile(" +");

  /**
   * A title found at {@code [start, end)} of a run's text.
   *
   * @param resumeAt where the search for the next title continues (after the description opener, if any)
   */
  record Title(int start, int end, int resumeAt, String group, String text) {}

  private static final int MAX_TITLE_WORDS = 20;
  private static final int MAX_WORD_LENGTH = TitleGroups.MAX_WORD_LENGTH;
  /** Words that title case leaves in lower case: articles, conjunctions, prepositions. */
  private static final Set<String> CONNECTOR_WORDS = Set.of("a", "an", "the", "to", "of", "from", "in", "on", "or",
      "and", "for", "with", "as", "by", "at", "into", "via", "per", "not", "no", "nor", "but", "using", "within",
      "without", "about", "after", "before", "between", "during", "over", "under", "than", "when", "while", "if",
      "onto", "upon", "across", "through", "against", "along", "up", "out", "off");
  private static final Pattern TITLE_WORD =
      Pattern.compile("\\(?(?:[A-Z0-9][\\w'/&.-]*|[a-z]+[A-Z][\\w-]*|[a-z]+)\\)?,?");

  private final Profile profile;
  private final TitleGroups groups;
  private final List<String> footerTitles;

  TitleFinder(Profile profile, Collection<String> texts, Collection<String> footerSections) {
    this.profile = profile;
    this.groups = new TitleGroups(profile, texts, footerSections);
    this.footerTitles = new ArrayList<>();
    for (String section : footerSections) {
      String title = footerTitle(section);
      if (title != null && !footerTitles.contains(title)) {
        footerTitles.add(title);
      }
    }
    footerTitles.sort((a, b) -> Integer.compare(b.length(), a.length()));
  }

  /** The titles running footers name, longest first. */
  List<String> footerTitles() {
    return List.copyOf(footerTitles);
  }

  /** The title a running footer names, or {@code null} when its section is not a {@code Group—Action} title. */
  String footerTitle(String section) {
    for (String separator : profile.titleSeparators()) {
      int at = section.indexOf(separator);
      if (at > 0) {
        int groupStart = groups.start(section, at);
        if (groupStart >= 0) {
          return section.substring(groupStart).strip();
        }
      }
    }
    return null;
  }

  /** The group of a title such as {@code Dialog—Hold a Call}. */
  String groupOf(String title) {
    for (String separator : profile.titleSeparators()) {
      int at = title.indexOf(separator);
      if (at > 0) {
        return title.substring(0, at).strip();
      }
    }
    return "";
  }

  List<Title> find(String text) {
    List<Title> titles = new ArrayList<>();
    List<String> separators = profile.titleSeparators();
    int[] next = new int[separators.size()];
    java.util.Arrays.fill(next, Integer.MIN_VALUE);
    int from = 0;
    while (true) {
      int at = -1;
      String separator = null;
      for (int i = 0; i < next.length; i++) {
        boolean exhausted = next[i] == -1;
        if (!exhausted && next[i] < from) {
          next[i] = text.indexOf(separators.get(i), from);
        }
        if (next[i] >= 0 && (at < 0 || next[i] < at)) {
          at = next[i];
          separator = separators.get(i);
        }
      }
      if (at < 0) {
        return titles;
      }
      Title title = titleAt(text, at, separator);
      if (title != null) {
        titles.add(title);
        from = title.resumeAt();
      } else {
        from = at + separator.length();
      }
    }
  }

  private Title titleAt(String text, int separatorAt, String separator) {
    int start = groups.start(text, separatorAt);
    if (start < 0 || isListItem(text, start)) {
      return null;
    }
    String group = text.substring(start, separatorAt).strip();
    Title opened = titleBeforeOpener(text, start, separatorAt + separator.length(), group);
    if (opened != null) {
      return opened;
    }
    for (String known : footerTitles) {
      int end = start + known.length();
      boolean wholeWords = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (text.startsWith(known, start) && wholeWords && !continuesAsReference(text, end)
          && !printsLongerTitle(text, start, separatorAt + separator.length(), group, end)) {
        return new Title(start, end, end, group, known);
      }
    }
    return null;
  }

  /**
   * The first title in {@code [from, to)} that ends where a sentence starts ({@code Queue—Get Queue Returns the
   * ...}), accepting descriptions no opener announces. Only callers with other evidence that a section starts there,
   * such as an endpoint's fields starting over after it, may take it: on its own, a title-cased phrase proves little.
   */
  Title firstBeforeSentence(String text, int from, int to) {
    for (int at = nextSeparator(text, from, to); at >= 0; at = nextSeparator(text, at + 1, to)) {
      String separator = separatorAt(text, at);
      int start = groups.start(text, at);
      if (start < from || isListItem(text, start)) {
        continue;
      }
      Title title = titleBeforeSentence(text, start, at + separator.length(), text.substring(start, at).strip());
      if (title != null && title.end() <= to) {
        return title;
      }
    }
    return null;
  }

  /** The first separator in {@code [from, to)}, or -1. */
  private int nextSeparator(String text, int from, int to) {
    int next = -1;
    for (String separator : profile.titleSeparators()) {
      int at = text.indexOf(separator, from);
      if (at >= 0 && at + separator.length() <= to && (next < 0 || at < next)) {
        next = at;
      }
    }
    return next;
  }

  private String separatorAt(String text, int at) {
    return profile.titleSeparators().stream().filter(s -> text.startsWith(s, at)).findFirst().orElseThrow();
  }

  /** A title whose title-cased words run up to a sentence's first word, or {@code null}. */
  private static Title titleBeforeSentence(String text, int start, int actionStart, String group) {
    List<String> words = words(text, actionStart);
    int sentence = sentenceStart(words);
    if (sentence <= 0) {
      return null;
    }
    int end = actionStart;
    for (String word : words.subList(0, sentence)) {
      end = text.indexOf(word, end) + word.length();
    }
    return continuesAsReference(text, end) ? null
        : new Title(start, end, end, group, text.substring(start, end).strip());
  }

  /**
   * The index of the word that opens the sentence after a title's words, or -1 when a word that no title uses comes
   * first. Lower-case connectors in front of the first sentence-like pair belong to the sentence, which the word
   * before them opens ({@code Returns the ID of a user}).
   */
  private static int sentenceStart(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      if (i > 0 && opensSentence(words, i)) {
        int first = i;
        while (first > 0 && isConnector(words.get(first - 1)) && isLowerCase(words.get(first - 1))) {
          first--;
        }
        if (first == i) {
          return i;
        }
        first--;
        return Character.isUpperCase(words.get(first).charAt(0)) && !isConnector(words.get(first)) ? first : -1;
      }
      if (!isTitleWord(words.get(i))) {
        return -1;
      }
    }
    return -1;
  }

  /** The words from {@code from}, as many as a title and the sentence after it may need. */
  private static List<String> words(String text, int from) {
    List<String> words = new ArrayList<>();
    int window = Math.min(text.length(), from + (MAX_TITLE_WORDS + 3) * (MAX_WORD_LENGTH + 1));
    for (String word : SPACES.split(text.substring(from, window).strip(), MAX_TITLE_WORDS + 3)) {
      if (words.size() > MAX_TITLE_WORDS + 1 || word.length() > MAX_WORD_LENGTH) {
        break;
      }
      words.add(word);
    }
    return words;
  }

  /**
   * Whether the words from {@code i} open a sentence, where a title goes on capitalised ({@code Sign In to
   * Finesse}): a capitalised connector before a lower-case word ({@code The teams}), or another capitalised word
   * whose next word besides lower-case connectors is in lower case ({@code Returns the reason}).
   */
  private static boolean opensSentence(List<String> words, int i) {
    String word = words.get(i);
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    if (isConnector(word)) {
      return i + 1 < words.size() && !isConnector(words.get(i + 1)) && isLowerCase(words.get(i + 1));
    }
    for (int next = i + 1; next < words.size(); next++) {
      String following = words.get(next);
      if (!isConnector(following)) {
        return isLowerCase(following);
      }
      if (!isLowerCase(following)) {
        return false;
      }
    }
    return false;
  }

  private static boolean isLowerCase(String word) {
    return !word.isEmpty() && Character.isLowerCase(word.charAt(0))
        && word.chars().filter(Character::isLetter).allMatch(Character::isLowerCase);
  }

  private static boolean isConnector(String word) {
    return CONNECTOR_WORDS.contains(BRACKETS_AND_COMMAS.matcher(word.toLowerCase(Locale.ROOT)).replaceAll(""));
  }

  /**
   * Whether a longer title starts at {@code start} than the footer's, ending at {@code end}: a section
   * {@code Get Reason Code List} whose heading is not in any footer starts with the footer's {@code Get Reason Code}.
   */
  private static boolean printsLongerTitle(String text, int start, int actionStart, String group, int end) {
    Title longer = titleBeforeSentence(text, start, actionStart, group);
    return longer != null && longer.end() > end;
  }

  /** A title ended by a description opener within a few title words, or {@code null}. */
  private Title titleBeforeOpener(String text, int start, int actionStart, String group) {
    int cursor = actionStart;
    for (int words = 0; words < MAX_TITLE_WORDS; words++) {
      while (cursor < text.length() && text.charAt(cursor) == ' ') {
        cursor++;
      }
      if (cursor >= text.length()) {
        return null;
      }
      if (words > 0) {
        String title = text.substring(start, cursor).strip();
        int openerEnd = openerEnd(text, cursor, title);
        if (openerEnd >= 0) {
          return new Title(start, start + title.length(), openerEnd, group, title);
        }
      }
      int wordEnd = text.indexOf(' ', cursor);
      String word = text.substring(cursor, wordEnd < 0 ? text.length() : wordEnd);
      if (!isTitleWord(word)) {
        return null;
      }
      cursor += word.length();
    }
    return null;
  }

  private static boolean isTitleWord(String word) {
    if (CONNECTOR_WORDS.contains(BRACKETS_AND_COMMAS.matcher(word.toLowerCase(Locale.ROOT)).replaceAll(""))) {
      return true;
    }
    if (word.endsWith(".") || word.endsWith(":") || word.endsWith(";")) {
      return false;
    }
    Matcher matcher = TITLE_WORD.matcher(word);
    return matcher.matches() && !word.chars().allMatch(Character::isLowerCase);
  }

  /**
   * Where the description opener at {@code at} ends, or -1 when none opens there. The search for further titles
   * resumes after it, so that a description repeating its title ({@code The X—Y API ...}) is not a second title.
   */
  private int openerEnd(String text, int at, String title) {
    for (String opener : profile.descriptionOpeners()) {
      String expanded = opener.replace("{title}", title);
      if (text.regionMatches(true, at, expanded, 0, expanded.length())) {
        int after = at + expanded.length();
        if (after >= text.length() || !Character.isLetterOrDigit(text.charAt(after))) {
          return after;
        }
      }
    }
    return -1;
  }

  private static boolean continuesAsReference(String text, int end) {
    String rest = text.substring(end, Math.min(text.length(), end + 12)).stripLeading();
    return rest.startsWith(", on page") || rest.startsWith("—") || rest.startsWith("\"") || rest.startsWith("”");
  }

  private static boolean isListItem(String text, int start) {
    int before = start - 1;
    while (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    return before >= 0 && (text.charAt(before) == '•' || text.charAt(before) == '"' || text.charAt(before) == '“');
  }
}
