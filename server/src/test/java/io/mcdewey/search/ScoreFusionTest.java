package io.mcdewey.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreFusionTest {
  /** A ranking from pairs of id and score, best first. */
  private static List<Hit> ranking(Object... idsAndScores) {
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < idsAndScores.length; i += 2) {
      hits.add(new Hit(EntryKind.CHUNK, (String) idsAndScores[i], ((Number) idsAndScores[i + 1]).doubleValue()));
    }
    return hits;
  }

  private static List<String> ids(List<Hit> hits) {
    return hits.stream().map(Hit::id).toList();
  }

  @Test
  void anEntryBothRankingsScoreHighComesFirst() {
    assertEquals(List.of("b", "a", "c"),
        ids(ScoreFusion.fuse(List.of(ranking("a", 9, "b", 8, "x", 1), ranking("b", 0.9, "c", 0.6, "y", 0.5)), 3)));
  }

  @Test
  void rankingsOnUnrelatedScalesCountAlike() {
    List<Hit> keywords = ranking("a", 12.0, "b", 7.5, "c", 2.0, "d", 1.0);
    List<Hit> vectors = ranking("c", 0.81, "b", 0.78, "a", 0.52, "d", 0.50);
    List<Hit> scaled = ranking("a", 12000.0, "b", 7500.0, "c", 2000.0, "d", 1000.0);
    assertEquals(ids(ScoreFusion.fuse(List.of(keywords, vectors), 4)),
        ids(ScoreFusion.fuse(List.of(scaled, vectors), 4)));
  }

  @Test
  void anEntryOneRankingIsFarSureOfBeatsOneBothFindMiddling() {
    List<Hit> fused = ScoreFusion.fuse(List.of(
        ranking("top", 20, "b", 6, "middle", 5.5, "d", 5, "e", 5, "f", 4.5, "g", 4),
        ranking("n", 0.62, "o", 0.61, "middle", 0.6, "q", 0.6, "top", 0.58, "s", 0.58, "t", 0.57)), 3);
    assertEquals("top", fused.get(0).id());
  }

  @Test
  void theLowestCandidateAndEntriesARankingDidNotFindCountZero() {
    assertArrayEquals(new double[] {2, 0}, ScoreFusion.standardScores(ranking("a", 3, "b", 1)), 1e-9);
  }

  @Test
  void candidatesThatScoreAlikeEachCountOne() {
    assertArrayEquals(new double[] {1, 1}, ScoreFusion.standardScores(ranking("a", 2, "b", 2)), 1e-9);
    assertArrayEquals(new double[] {1}, ScoreFusion.standardScores(ranking("a", 7)), 1e-9);
  }

  @Test
  void aTieGoesToTheOrderOfTheLastRanking() {
    List<Hit> ab = ranking("a", 2, "b", 1);
    List<Hit> ba = ranking("b", 2, "a", 1);
    assertEquals(List.of("b", "a"), ids(ScoreFusion.fuse(List.of(ab, ba), 2)));
    assertEquals(List.of("a", "b"), ids(ScoreFusion.fuse(List.of(ba, ab), 2)));
  }

  @Test
  void theResultIsCutAtTheLimit() {
    assertEquals(List.of("a"), ids(ScoreFusion.fuse(List.of(ranking("a", 2, "b", 1), ranking()), 1)));
  }
}
