package io.mcdewey.parse.flattened;

import io.mcdewey.parse.Profile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the group of a {@code Group—Action} title starts. The group is the run of capitalised words before the
 * separator that the whole guide uses most often before separators, so that {@code Generic Error Dialog—Hold} yields
 * group {@code Dialog} while {@code Single Sign-On—Test} keeps both words.
 */
final class TitleGroups {
  /** The longest word a title or group holds. */
  static final int MAX_WORD_LENGTH = 40;
  private static final int MAX_GROUP_WORDS = 3;
  private static final Set<String> GROUP_STOP_WORDS = Set.of("API", "APIs");
  private static final Pattern GROUP_WORD = Pattern.compile("[A-Z][A-Za-z0-9'-]*");

  private final Profile profile;
  private final Map<String, Integer> support = new HashMap<>();

  /** Counts the groups before every separator of the guide's texts and footer sections. */
  TitleGroups(Profile profile, Collection<String> texts, Collection<String> footerSections) {
    this.profile = profile;
    texts.forEach(this::count);
    footerSections.forEach(this::count);
  }

  /**
   * The start of the best-supported group ending at {@code separatorAt}, or -1 when no capitalised word precedes or
   * the separator {@link #followsTableHeader follows a table header}.
   */
  int start(String text, int separatorAt) {
    if (followsTableHeader(text, separatorAt)) {
      return -1;
    }
    List<Integer> starts = precedingGroupWordStarts(text, separatorAt);
    int best = -1;
    int bestSupport = -1;
    for (int start : starts) {
      int votes = support.getOrDefault(text.substring(start, separatorAt).strip(), 0);
      if (votes >= bestSupport) {
        best = start;
        bestSupport = votes;
      }
    }
    return best;
  }

  /**
   * Whether a separator directly follows the header of a parameter or error table ({@code ... Type Parameter —}). It
   * is then the empty first cell of the table's first row (the profile's empty mark is often the title separator), and
   * the header's last words are no group.
   */
  private boolean followsTableHeader(String text, int separatorAt) {
    int end = separatorAt;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    for (String header : List.of(profile.parameterTableHeader(), profile.errorTableHeader())) {
      if (!header.isEmpty() && text.startsWith(header, end - header.length())) {
        return true;
      }
    }
    return false;
  }

  /** Starts of the one-, two- and three-word groups before a separator, shortest first. */
  private static List<Integer> precedingGroupWordStarts(String text, int separatorAt) {
    List<Integer> starts = new ArrayList<>();
    int end = separatorAt;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    for (int words = 0; words < MAX_GROUP_WORDS && end > 0; words++) {
      int start = end;
      while (start > 0 && text.charAt(start - 1) != ' ' && end - start <= MAX_WORD_LENGTH) {
        start--;
      }
      if (end - start > MAX_WORD_LENGTH) {
        break;
      }
      String word = text.substring(start, end);
      if (!GROUP_WORD.matcher(word).matches() || GROUP_STOP_WORDS.contains(word)) {
        break;
      }
      starts.add(start);
      end = start;
      while (end > 0 && text.charAt(end - 1) == ' ') {
        end--;
      }
    }
    return starts;
  }

  private void count(String text) {
    for (String separator : profile.titleSeparators()) {
      int at = text.indexOf(separator);
      while (at >= 0) {
        if (!followsTableHeader(text, at)) {
          for (int start : precedingGroupWordStarts(text, at)) {
            support.merge(text.substring(start, at).strip(), 1, Integer::sum);
          }
        }
        at = text.indexOf(separator, at + separator.length());
      }
    }
  }
}
