package io.mcdewey.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankFusionTest {
  private static List<Hit> ranking(String... ids) {
    return Arrays.stream(ids).map(id -> new Hit(EntryKind.CHUNK, id, 0)).toList();
  }

  private static List<String> ids(List<Hit> hits) {
    return hits.stream().map(Hit::id).toList();
  }

  @Test
  void anEntryBothRankingsPlaceHighComesFirst() {
    assertEquals(List.of("b", "a", "c"), ids(RankFusion.fuse(List.of(ranking("a", "b"), ranking("b", "c")), 3)));
  }

  @Test
  void anEntryOneRankingPlacesFirstAndTheOtherLowerBeatsOneBothPlaceInTheMiddle() {
    List<Hit> fused = RankFusion.fuse(List.of(
        ranking("top", "b", "c", "d", "middle", "f", "g", "h", "i", "j", "k", "l"),
        ranking("n", "o", "p", "q", "middle", "s", "t", "u", "v", "w", "x", "top")), 3);
    assertEquals("top", fused.get(0).id());
  }

  @Test
  void aTieGoesToTheOrderOfTheLastRanking() {
    assertEquals(List.of("b", "a"), ids(RankFusion.fuse(List.of(ranking("a", "b"), ranking("b", "a")), 2)));
    assertEquals(List.of("a", "b"), ids(RankFusion.fuse(List.of(ranking("b", "a"), ranking("a", "b")), 2)));
  }

  @Test
  void theResultIsCutAtTheLimit() {
    assertEquals(List.of("a"), ids(RankFusion.fuse(List.of(ranking("a", "b"), ranking()), 1)));
  }
}
