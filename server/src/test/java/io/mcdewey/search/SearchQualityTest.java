package io.mcdewey.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.json.Json;
import io.mcdewey.testing.CorpusLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Search quality over the shared corpus: questions in plain words, each with the endpoints or chunks that answer it
 * ({@code questions.jsonl}). Prints recall@5 and mean reciprocal rank for each ranking; hybrid ranking must beat
 * keywords alone and find an answer in the first five for at least 90% of the questions.
 */
class SearchQualityTest {
  private static final int CUTOFF = 5;
  private static final int DEPTH = 10;
  private static final double RECALL_FLOOR = 0.9;

  private static final Map<SearchMode, Score> scores = new EnumMap<>(SearchMode.class);

  /** A question and what answers it. */
  private record Question(String text, EntryKind kind, List<String> expected) {}

  /** The figures of one ranking over all questions. */
  private record Score(double recall, double mrr, List<String> misses) {}

  @BeforeAll
  static void runQuestions() throws IOException {
    SearchIndex index = CorpusLibrary.index();
    List<Question> questions = questions();
    for (SearchMode mode : SearchMode.values()) {
      int found = 0;
      double reciprocalRanks = 0;
      List<String> misses = new ArrayList<>();
      for (Question question : questions) {
        List<Hit> hits = index.search(new SearchRequest(question.text(), question.kind(), "", "", DEPTH, mode));
        int rank = rankOfAnswer(hits, question.expected());
        if (rank > 0 && rank <= CUTOFF) {
          found++;
        } else {
          misses.add(question.text() + " (rank " + (rank == 0 ? ">" + DEPTH : rank) + ")");
        }
        reciprocalRanks += rank == 0 ? 0 : 1.0 / rank;
      }
      scores.put(mode, new Score((double) found / questions.size(), reciprocalRanks / questions.size(), misses));
    }
    System.out.println("search quality over " + questions.size() + " questions:");
    System.out.println("  ranking    recall@" + CUTOFF + "  MRR");
    scores.forEach((mode, score) -> System.out.printf(Locale.ROOT, "  %-9s  %8.3f  %.3f%n",
        mode.name().toLowerCase(Locale.ROOT), score.recall(), score.mrr()));
    scores.get(SearchMode.HYBRID).misses().forEach(m -> System.out.println("  hybrid misses: " + m));
  }

  @Test
  void hybridRankingFindsAnAnswerInTheFirstFiveForNineQuestionsOutOfTen() {
    Score hybrid = scores.get(SearchMode.HYBRID);
    assertTrue(hybrid.recall() >= RECALL_FLOOR, "hybrid recall@5 " + hybrid.recall() + " misses " + hybrid.misses());
  }

  @Test
  void hybridRankingBeatsKeywordsAlone() {
    Score hybrid = scores.get(SearchMode.HYBRID);
    Score keywords = scores.get(SearchMode.KEYWORDS);
    assertTrue(hybrid.mrr() > keywords.mrr() && hybrid.recall() >= keywords.recall(),
        "hybrid " + hybrid + " against keywords " + keywords);
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

  @SuppressWarnings("unchecked")
  private static List<Question> questions() throws IOException {
    List<Question> questions = new ArrayList<>();
    try (InputStream in = SearchQualityTest.class.getResourceAsStream("questions.jsonl")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        Map<String, Object> record = Json.parseObject(line);
        questions.add(new Question((String) record.get("question"),
            EntryKind.valueOf(((String) record.get("kind")).toUpperCase(Locale.ROOT)),
            (List<String>) (List<?>) record.get("expected")));
      }
    }
    return questions;
  }
}
