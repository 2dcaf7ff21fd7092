package io.mcdewey.parse.markdown.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Response;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownStatusesTest {

  @Test
  void readsACodeAndItsReasonPhrase() {
    assertEquals(Optional.of(404), MarkdownStatuses.opening("404 Not Found").map(Response::status));
    assertEquals(Optional.of(201), MarkdownStatuses.opening("HTTP/1.1 201 Created").map(Response::status));
  }

  @Test
  void readsACodeJoinedToItsReasonWrittenAsAConstant() {
    assertEquals(Optional.of(new Response(400, "BAD REQUEST", "")), MarkdownStatuses.opening("400-BAD-REQUEST"));
    assertEquals(Optional.of(200), MarkdownStatuses.opening("200-OK").map(Response::status));
    assertEquals(Optional.of(404), MarkdownStatuses.opening("404_NOT_FOUND").map(Response::status));
  }

  @Test
  void readsACodeGluedToItsStandardReasonAndWhatFollows() {
    assertEquals(Optional.of(new Response(200, "OK", "The request completed.")),
        MarkdownStatuses.opening("200OKThe request completed."));
    assertEquals(Optional.of(404), MarkdownStatuses.opening("404Not foundNo such switch.").map(Response::status));
    assertEquals(Optional.empty(), MarkdownStatuses.opening("404NotFoundError"), "no standard reason");
    assertEquals(Optional.empty(), MarkdownStatuses.opening("200ms"));
  }

  @Test
  void readsAReasonAfterACommaButNoSecondCode() {
    assertEquals(Optional.of(new Response(202, "Accepted", "")), MarkdownStatuses.opening("202, Accepted"));
    assertEquals(Optional.of(200), MarkdownStatuses.captioned("Status: 200, Ok").map(Response::status));
    assertEquals(Optional.empty(), MarkdownStatuses.opening("200, 404"));
  }

  @Test
  void takesNoRangeOrVersionForAStatus() {
    assertEquals(Optional.empty(), MarkdownStatuses.opening("200-299"));
    assertEquals(Optional.empty(), MarkdownStatuses.opening("404.1"));
    assertEquals(Optional.empty(), MarkdownStatuses.opening("200-ok"));
  }

  @Test
  void readsALineOfStatusesAfterTheirReasons() {
    assertEquals(List.of(new Response(400, "Bad Request", ""), new Response(401, "Unauthorized", ""),
        new Response(409, "Conflict", "")), MarkdownStatuses.afterReasons("Bad Request(400), Unauthorized(401),"
            + " and Conflict (409)"));
    assertEquals(List.of(500), MarkdownStatuses.afterReasons("Internal Server Error(500)").stream()
        .map(Response::status).toList());
    assertEquals(List.of(), MarkdownStatuses.afterReasons("Returns the kennel (200) unless it is gone (404)."));
    assertEquals(List.of(), MarkdownStatuses.afterReasons("Returned when nothing matches (404)"));
    assertEquals(List.of(404), MarkdownStatuses.afterReasons("itemNotFound(404)").stream().map(Response::status)
        .toList());
  }

  @Test
  void readsAReasonInParenthesesInAnyCaseBeforeWhatTheStatusMeans() {
    assertEquals(Optional.of(new Response(404, "Not Found", "The kennel does not exist.")),
        MarkdownStatuses.opening("404 (NOT FOUND): The kennel does not exist."));
    assertEquals(Optional.of(new Response(200, "OK", "")), MarkdownStatuses.opening("200(OK)"));
  }

  @Test
  void aBlockListingAStatusALineListsThem() {
    assertEquals(List.of(400, 409), MarkdownStatuses.listedIn("- 400 Bad Request : a field is missing\n\n"
        + "- 409 Conflict : the name is taken\n").stream().map(Response::status).toList());
    assertEquals(List.of(201), MarkdownStatuses.listedIn("201 Created\n").stream().map(Response::status).toList());
    assertEquals(List.of(), MarkdownStatuses.listedIn("HTTP/1.1 204 No Content\n"), "a raw answer is an example");
    assertEquals(List.of(), MarkdownStatuses.listedIn("201 Created\n{\"id\": 7}\n"));
  }

  @Test
  void aNumberAloneListsNoStatus() {
    assertEquals(List.of(), MarkdownStatuses.listedIn("250\n"));
    assertEquals(List.of(), MarkdownStatuses.listedIn("101\n103\n107\n"));
  }

  @Test
  void aCommentOpeningAnExampleNamesItsStatusByTheStandardReason() {
    assertEquals(Optional.of(201), MarkdownStatuses.commented("# HTTP-Code 201 Created").map(Response::status));
    assertEquals(Optional.of(200), MarkdownStatuses.commented("// 200 OK — the summary").map(Response::status));
    assertEquals(Optional.of(404), MarkdownStatuses.commented("  -- 404 Not Found").map(Response::status));
    assertEquals(Optional.empty(), MarkdownStatuses.commented("# 200 users at most"), "no reason, no status");
    assertEquals(Optional.empty(), MarkdownStatuses.commented("# page 2 of 200 OK"));
    assertEquals(Optional.empty(), MarkdownStatuses.commented("200 OK"), "not a comment");
    assertEquals(Optional.empty(), MarkdownStatuses.commented(""));
  }

  @Test
  void readsAStatusAfterTheWordsForStatusOrResponseCodeInPolishAndRussian() {
    assertEquals(Optional.of(200), MarkdownStatuses.captioned("Kod odpowiedzi: 200").map(Response::status));
    assertEquals(Optional.of(500), MarkdownStatuses.captioned("Статус: 500 — ошибка на сервере").map(Response::status));
    assertEquals(Optional.empty(), MarkdownStatuses.captioned("Kod: 187"), "no status of HTTP's after a code");
  }

  @Test
  void readsCodesAloneInAnExamplesCommentAfterWordsNamingThemStatuses() {
    assertEquals(List.of(200), codes(MarkdownStatuses.commentedCodes("// HTTP Status 200")));
    assertEquals(List.of(400, 401, 403, 404),
        codes(MarkdownStatuses.commentedCodes("// HTTP Status 400 / 401 / 403 / 404")));
    assertEquals(List.of(201), codes(MarkdownStatuses.commentedCodes("# Status code: 201")));
    assertEquals(List.of(), MarkdownStatuses.commentedCodes("// Returns 200 items"), "no status word");
    assertEquals(List.of(), MarkdownStatuses.commentedCodes("// Max 200"));
    assertEquals(List.of(), MarkdownStatuses.commentedCodes("// Status 200 items at most"), "not codes alone");
    assertEquals(List.of(), MarkdownStatuses.commentedCodes("# retry status: 429 503"), "words before the status");
    assertEquals(List.of(), MarkdownStatuses.commentedCodes("# http 443"), "no status of HTTP's");
  }

  private static List<Integer> codes(List<Response> responses) {
    return responses.stream().map(Response::status).toList();
  }
}
