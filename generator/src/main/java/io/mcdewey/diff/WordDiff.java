package io.mcdewey.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words two texts differ in: the old text's words as runs kept, removed and added, found by the longest common
 * subsequence of words, so that a report shows what changed in a sentence wherever in it the change is. White space
 * is not a word: reflowed text has no removed or added run.
 *
 * @param runs the runs in order; no two neighbours have the same kind
 */
record WordDiff(List<Run> runs) {

  /** Beyond this many word pairs to weigh, the texts are shown as one removed and one added run. */
  static final int MAX_CELLS = 4_000_000;

  private static final Pattern BLANKS = Pattern.compile("[\\s\\u00a0]+");

  /** What became of a run of words. */
  enum Kind {
    KEPT,
    REMOVED,
    ADDED,
    /** Kept words left out of a condensed diff. */
    ELIDED
  }

  /**
   * Words that share their fate.
   *
   * @param kind kept, removed, added or elided
   * @param text the words joined by single spaces; empty for an elided run
   */
  record Run(Kind kind, String text) {}

  WordDiff {
    runs = List.copyOf(runs);
  }

  static WordDiff of(String before, String after) {
    String[] old = words(before);
    String[] now = words(after);
    if ((long) old.length * now.length > MAX_CELLS) {
      return new WordDiff(join(List.of(new Run(Kind.REMOVED, String.join(" ", old)),
          new Run(Kind.ADDED, String.join(" ", now)))));
    }
    int[][] common = new int[old.length + 1][now.length + 1];
    for (int i = old.length - 1; i >= 0; i--) {
      for (int j = now.length - 1; j >= 0; j--) {
        common[i][j] = old[i].equals(now[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Run> words = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < old.length || j < now.length) {
      if (i < old.length && j < now.length && old[i].equals(now[j])) {
        words.add(new Run(Kind.KEPT, old[i++]));
        j++;
      } else if (i < old.length && (j == now.length || common[i + 1][j] >= common[i][j + 1])) {
        words.add(new Run(Kind.REMOVED, old[i++]));
      } else {
        words.add(new Run(Kind.ADDED, now[j++]));
      }
    }
    return new WordDiff(join(words));
  }

  /**
   * The diff with long runs of kept words cut down to {@code context} words on each side of a change, the rest
   * elided, so that a one-line report shows the changed words and enough around them to find them.
   */
  WordDiff condensed(int context) {
    List<Run> shown = new ArrayList<>();
    for (int index = 0; index < runs.size(); index++) {
      Run run = runs.get(index);
      String[] words = words(run.text());
      int keepBefore = index > 0 ? context : 0;
      int keepAfter = index < runs.size() - 1 ? context : 0;
      if (run.kind() != Kind.KEPT || words.length <= keepBefore + keepAfter + 1) {
        shown.add(run);
        continue;
      }
      if (keepBefore > 0) {
        shown.add(new Run(Kind.KEPT, String.join(" ", Arrays.copyOfRange(words, 0, keepBefore))));
      }
      shown.add(new Run(Kind.ELIDED, ""));
      if (keepAfter > 0) {
        shown.add(new Run(Kind.KEPT, String.join(" ", Arrays.copyOfRange(words, words.length - keepAfter,
            words.length))));
      }
    }
    return new WordDiff(shown);
  }

  /** The runs each rendered by the function, joined by spaces; a run rendered as an empty text is left out. */
  String render(Function<Run, String> rendering) {
    return runs.stream().map(rendering).filter(text -> !text.isEmpty()).collect(Collectors.joining(" "));
  }

  private static String[] words(String text) {
    String folded = Normalized.text(text);
    return folded.isEmpty() ? new String[0] : BLANKS.split(folded);
  }

  /** Neighbouring runs of one kind as one run; empty runs left out. */
  private static List<Run> join(List<Run> runs) {
    List<Run> joined = new ArrayList<>();
    for (Run run : runs) {
      if (run.text().isEmpty() && run.kind() != Kind.ELIDED) {
        continue;
      }
      Run last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (last != null && last.kind() == run.kind()) {
        joined.set(joined.size() - 1, new Run(run.kind(), last.text() + " " + run.text()));
      } else {
        joined.add(run);
      }
    }
    return joined;
  }
}
