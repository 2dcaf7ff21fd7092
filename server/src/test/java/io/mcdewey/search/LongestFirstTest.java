package io.mcdewey.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LongestFirstTest {
  @Test
  void resultsComeInTheOrderOfTheTexts() {
    List<String> texts = List.of("b", "aaaa", "", "cc", "ddd");
    assertEquals(List.of(1, 4, 0, 2, 3), LongestFirst.map(texts, String::length, 3));
  }

  @Test
  void oneThreadTakesTheLongestTextFirst() {
    List<String> taken = new ArrayList<>();
    LongestFirst.map(List.of("b", "aaaa", "cc"), text -> taken.add(text), 1);
    assertEquals(List.of("aaaa", "cc", "b"), taken);
  }

  @Test
  void everyTextIsTakenOnceWhateverTheThreads() {
    List<String> texts = Collections.nCopies(200, "x");
    List<String> taken = Collections.synchronizedList(new ArrayList<>());
    LongestFirst.map(texts, taken::add, 4);
    assertEquals(200, taken.size());
  }

  @Test
  void aFailureReachesTheCaller() {
    IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
        () -> LongestFirst.map(List.of("a", "b", "c", "d"), text -> {
          throw new IllegalArgumentException("cannot read " + text);
        }, 2));
    assertEquals(true, failure.getMessage().startsWith("cannot read"));
  }
}
