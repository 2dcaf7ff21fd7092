package io.mcdewey.parse.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

class JoinedStatusesTest {

  private static List<Integer> codes(String text) {
    return JoinedStatuses.of(text).stream().map(Response::status).toList();
  }

  @Test
  void statusesWithTheirStandardReasonsJoinedByWordsOrMarks() {
    assertEquals(List.of(404, 400), codes("404 Not Found ou 400 Bad Request"));
    assertEquals(List.of(401, 403), codes("401 Unauthorized / 403 Forbidden"));
    assertEquals(List.of(200, 201, 204), codes("200 OK, 201 Created oder 204 No Content"));
  }

  @Test
  void aSentenceOrACodeWithoutItsReasonIsNone() {
    for (String text : List.of("404 Not Found", "404 or 400", "404 Not Found or when the id is wrong",
        "200 items or fewer", "Returns 404 Not Found or 400 Bad Request")) {
      assertEquals(List.of(), codes(text), text);
    }
  }
}
