package io.mcdewey.search;

import io.mcdewey.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How well a ranking answers questions whose answers are known: recall@5, the share of questions with an answer
 * among the first five results, and MRR, the mean of 1 / rank of the first answer (0 beyond ten). The search
 * quality test and the benchmark both measure with it.
 */
public final class SearchQuality {
  /** An answer must be among this many results to count for recall. */
  public static final int CUTOFF = 5;
  /** Results looked at for the reciprocal rank. */
  public static final int DEPTH = 10;

  /**
   * A question in plain words and the entries that answer it.
   *
   * @param set the set the question belongs to, such as the first questions written or a later batch
   */
  public record Question(String text, EntryKind kind, List<String> expected, String set) {}

  /** The figures of one ranking over some questions, and the questions it missed with the rank it gave. */
  public record Score(int questions, double recall, double mrr, List<String> misses) {}

  private SearchQuality() {}

  /** Reads questions from JSON Lines: {@code question}, {@code kind}, {@code expected}, {@code set}. */
  @SuppressWarnings("unchecked")
  public static List<Question> read(String jsonLines) {
    List<Question> questions = new ArrayList<>();
    for (String line : jsonLines.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      Map<String, Object> record = Json.parseObject(line);
      questions.add(new Question((String) record.get("question"),
          EntryKind.valueOf(((String) record.get("kind")).toUpperCase(Locale.ROOT)),
          (List<String>) (List<?>) record.get("expected"), (String) record.getOrDefault("set", "")));
    }
    return questions;
  }

  public static Score score(SearchIndex index, List<Question> questions, SearchMode mode) throws IOException {
    int found = 0;
    double reciprocalRanks = 0;
    List<String> misses = new ArrayList<>();
    for (Question question : questions) {
      List<Hit> hits = index.search(new SearchRequest(question.text(), question.kind(), "", "", DEPTH, mode));
      int rank = rankOfAnswer(hits, question.expected());
      if (rank > 0 && rank <= CUTOFF) {
        found++;
      }
      if (rank != 1) {
        misses.add(question.text() + " (rank " + (rank == 0 ? ">" + DEPTH : rank) + ")");
      }
      reciprocalRanks += rank == 0 ? 0 : 1.0 / rank;
    }
    int count = Math.max(1, questions.size());
    return new Score(questions.size(), (double) found / count, reciprocalRanks / count, misses);
  }

  /** The 1-based rank of the first hit that answers, or 0 when none does. */
  private static int rankOfAnswer(List<Hit> hits, List<String> expected) {
    for (int i = 0; i < hits.size(); i++) {
      if (expected.contains(hits.get(i).id())) {
        return i + 1;
      }
    }
    return 0;
  }
}
