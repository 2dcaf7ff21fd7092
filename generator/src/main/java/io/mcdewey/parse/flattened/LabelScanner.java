package io.mcdewey.parse.flattened;

import io.mcdewey.parse.Field;
import io.mcdewey.parse.Profile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a profile's field labels in flattened text: {@code Label:} for labels printed after their value, and the bare
 * label for those printed before it. Longer labels win over labels they contain ({@code Example URI:} over
 * {@code URI:}); a label never starts inside a word.
 */
final class LabelScanner {

  /** A label found at {@code [start, end)}. */
  record Label(int start, int end, String text, Field field, boolean leading) {}

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final List<String> trailingByLength;
  private final Pattern leading;
  private final Map<String, Field> labels;
  private final Map<String, Field> leadingLabels;

  LabelScanner(Profile profile) {
    this.labels = profile.labels();
    this.leadingLabels = profile.leadingLabels();
    this.trailingByLength = new ArrayList<>(labels.keySet());
    trailingByLength.sort(Comparator.comparingInt(String::length).reversed());
    this.leading = alternation(leadingLabels.keySet(), "(?![\\w-])");
  }

  private static Pattern alternation(Iterable<String> words, String suffix) {
    List<String> sorted = new ArrayList<>();
    words.forEach(sorted::add);
    if (sorted.isEmpty()) {
      return null;
    }
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder regex = new StringBuilder("(?<![\\w/-])(");
    for (int i = 0; i < sorted.size(); i++) {
      regex.append(i > 0 ? "|" : "").append(Pattern.quote(sorted.get(i)).replace(" ", "\\E\\s+\\Q"));
    }
    return Pattern.compile(regex.append(')').append(suffix).toString());
  }

  /**
   * Labels printed after their value, in {@code [from, to)}: at each colon, the longest label ending there that does
   * not continue a word. Run text has single spaces only, so labels compare as printed.
   */
  List<Label> trailingLabels(String text, int from, int to) {
    List<Label> found = new ArrayList<>();
    for (int colon = text.indexOf(':', from); colon >= 0 && colon < to; colon = text.indexOf(':', colon + 1)) {
      for (String label : trailingByLength) {
        int start = colon - label.length();
        if (start >= from && text.startsWith(label, start) && !continuesWord(text, start, from)) {
          found.add(new Label(start, colon + 1, label, labels.get(label), false));
          break;
        }
      }
    }
    return found;
  }

  private static boolean continuesWord(String text, int start, int from) {
    if (start == from) {
      return false;
    }
    char before = text.charAt(start - 1);
    return Character.isLetterOrDigit(before) || before == '_' || before == '/' || before == '-';
  }

  /** Labels printed before their value, in {@code [from, to)}. */
  List<Label> leadingLabels(String text, int from, int to) {
    return scan(leading, leadingLabels, text, from, to, true);
  }

  private static List<Label> scan(Pattern pattern, Map<String, Field> fields, String text, int from, int to,
      boolean leading) {
    List<Label> found = new ArrayList<>();
    if (pattern == null) {
      return found;
    }
    Matcher matcher = pattern.matcher(text).region(from, to);
    while (matcher.find()) {
      String printed = WHITESPACE.matcher(matcher.group(1)).replaceAll(" ");
      found.add(new Label(matcher.start(), matcher.end(), printed, fields.get(printed), leading));
    }
    return found;
  }
}
