package io.mcdewey.parse.markdown.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import io.mcdewey.parse.markdown.MarkdownParserTest;
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

  @Test
  void aLineOfProseJoiningStatusesNamesAnotherPartysButAListOfStatusesTheRequests() {
    Api api = MarkdownParserTest.parse("""
        ## Create a job
        POST /jobs

        Responses: 201 Created

        ### Retries
        The client library retries by itself when the gateway answers:
        429 Too Many Requests, 502 Bad Gateway, 503 Service Unavailable

        ## Delete a job
        DELETE /jobs/{id}

        ### Réponses
        404 Not Found ou 400 Bad Request
        """);

    assertEquals(List.of(201), MarkdownParserTest.statuses(MarkdownParserTest.operation(api, "POST", "/jobs")));
    assertEquals(List.of(404, 400),
        MarkdownParserTest.statuses(MarkdownParserTest.operation(api, "DELETE", "/jobs/{id}")));
  }
}
