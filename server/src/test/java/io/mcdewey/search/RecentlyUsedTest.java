package io.mcdewey.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentlyUsedTest {
  private final List<String> computed = new ArrayList<>();
  private final RecentlyUsed<String, String> recent = new RecentlyUsed<>(2);

  private String upper(String key) {
    computed.add(key);
    return key.toUpperCase();
  }

  @Test
  void aKeyAskedAgainIsNotComputedAgain() {
    assertEquals("A", recent.get("a", this::upper));
    assertEquals("A", recent.get("a", this::upper));
    assertEquals(List.of("a"), computed);
  }

  @Test
  void theLeastRecentlyUsedKeyIsForgottenFirst() {
    recent.get("a", this::upper);
    recent.get("b", this::upper);
    recent.get("a", this::upper);
    recent.get("c", this::upper);
    assertEquals(2, recent.size());
    recent.get("a", this::upper);
    recent.get("b", this::upper);
    assertEquals(List.of("a", "b", "c", "b"), computed);
  }

  @Test
  void aFailedComputationRemembersNothing() {
    assertThrows(IOException.class, () -> recent.get("a", key -> {
      throw new IOException("unreadable");
    }));
    assertEquals(0, recent.size());
  }
}
