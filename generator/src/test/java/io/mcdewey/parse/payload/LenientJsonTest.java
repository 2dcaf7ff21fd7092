package io.mcdewey.parse.payload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LenientJsonTest {

  @Test
  void aCommentOnALineOfItsOwnRunsToTheLineEndQuotesAndAll() {
    Object read = LenientJson.read("""
        {
          "slot": "AM", // "AM" or "PM"
          "size": 2 // at most "10"
        }""");

    assertEquals(Map.of("slot", "AM", "size", new LenientJson.Number("2")), read);
  }

  @Test
  void aCommentOnAPageFlattenedToALineEndsWhereTheNextMemberBegins() {
    assertEquals(Map.of("a", List.of(), "b", true), LenientJson.read("{\"a\": [], // none yet \"b\": true}"));
  }

  @Test
  void givesTheCommentClosingTheLineOfEachMemberOfTheOutermostObject() {
    Map<String, String> comments = LenientJson.memberComments("""
        {
          "siteId": "uuid", // required
          "notes": "text",
          // the next one
          "published": true // optional (default: false)
          "owner": {"id": 1, // nested
            "name": "x"}
        }""");

    assertEquals(List.of("siteId", "published"), List.copyOf(comments.keySet()));
    assertEquals("optional (default: false)", comments.get("published"));
    assertEquals(Map.of(), LenientJson.memberComments("[1, 2] // a list"));
  }

  @Test
  void readsNothingThatOpensWithNoObjectOrArray() {
    assertNull(LenientJson.read("text {\"a\": 1}"));
  }
}
