package io.mcdewey.parse.markdown;

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
    assertEquals(List.of(201), codes(MarkdownStatuses.commented("# HTTP-Code 201 Created")));
    assertEquals(List.of(200), codes(MarkdownStatuses.commented("// 200 OK — the summary")));
    assertEquals(List.of(404), codes(MarkdownStatuses.commented("  -- 404 Not Found")));
    assertEquals(List.of(), MarkdownStatuses.commented("# 200 users at most"), "no reason, no status");
    assertEquals(List.of(), MarkdownStatuses.commented("# page 2 of 200 OK"));
    assertEquals(List.of(), MarkdownStatuses.commented("200 OK"), "not a comment");
    assertEquals(List.of(), MarkdownStatuses.commented(""));
  }

  @Test
  void readsCodesAloneInAnExamplesCommentAfterWordsNamingThemStatuses() {
    assertEquals(List.of(200), codes(MarkdownStatuses.commented("// HTTP Status 200")));
    assertEquals(List.of(400, 401, 403, 404), codes(MarkdownStatuses.commented("// HTTP Status 400 / 401 / 403 / 404")));
    assertEquals(List.of(201), codes(MarkdownStatuses.commented("# Status code: 201")));
    assertEquals(List.of(), MarkdownStatuses.commented("// Returns 200 items"), "no status word");
    assertEquals(List.of(), MarkdownStatuses.commented("// Max 200"));
    assertEquals(List.of(), MarkdownStatuses.commented("// Status 200 items at most"), "not codes alone");
  }

  @Test
  void aListOfStatusesGluedOnOneLineListsEachWithWhatItMeans() {
    var glued = MarkdownStatuses.glued("200: Succès404: Entrée non trouvée401: Non autorisé");
    assertEquals(List.of(200, 404, 401), glued.stream().map(Response::status).toList());
    assertEquals("Entrée non trouvée", glued.get(1).description());
    assertEquals(List.of(), MarkdownStatuses.glued("200: Success"), "one status is read as one");
    assertEquals(List.of(), MarkdownStatuses.glued("Limit: 1000 requests per hour, 2000: per day"));
    assertEquals(List.of(), MarkdownStatuses.glued("200: Success999: none"), "no such status");
    assertEquals(List.of(), MarkdownStatuses.glued("200: Timeout after 1200: seconds"), "a number inside a number");
  }

  @Test
  void aLineListingStatusesApartByCommasListsEachWithWhatItMeans() {
    var listed = MarkdownStatuses.separated("200 bei Erfolg, 400 bei Validierung; 403/404 ohne Rechte");
    assertEquals(List.of(200, 400, 403, 404), listed.stream().map(Response::status).toList());
    assertEquals("ohne Rechte", listed.get(3).description());
    assertEquals("Forbidden", MarkdownStatuses.separated("403 Forbidden without access, 422 Unprocessable Entity")
        .get(0).reason());
    assertEquals(List.of(), MarkdownStatuses.separated("200 when found, and the list otherwise"), "a sentence");
    assertEquals(List.of(), MarkdownStatuses.separated("200 on success"), "one status is read as one");
    assertEquals(List.of(), MarkdownStatuses.separated("200.5, 300"));
    assertEquals(List.of(500, 502, 503, 504), MarkdownStatuses.separated("500, 502, 503 and 504 are retried").stream()
        .map(Response::status).toList());
  }

  @Test
  void aStatusAfterAShortCaptionSayingWhenItIsSent() {
    assertEquals(Optional.of(302), MarkdownStatuses.afterCaption("On success: 302 Redirect to the start page")
        .map(Response::status));
    assertEquals(Optional.of(401), MarkdownStatuses.afterCaption("Bei Fehler: 401 Unauthorized").map(Response::status));
    assertEquals(Optional.empty(), MarkdownStatuses.afterCaption("Bei Fehler: `401`"), "no status opens the value");
    assertEquals(Optional.empty(), MarkdownStatuses.afterCaption("Note: 2024 plans"));
    assertEquals(Optional.empty(), MarkdownStatuses.afterCaption("Version 2: 404"), "a number in the caption");
    assertEquals(Optional.empty(), MarkdownStatuses.afterCaption("302 Found"), "no caption");
    assertEquals(Optional.empty(), MarkdownStatuses.afterCaption("Rate limit: 100 requests per minute"), "a quantity");
    assertEquals(Optional.empty(), MarkdownStatuses.afterCaption("Page size: 500"));
    assertEquals(Optional.empty(), MarkdownStatuses.afterCaption("X-RateLimit-Limit: 100 Requests"), "a header");
  }

  @Test
  void aCaptionClosingWithAStatusInParenthesesNamesIt() {
    assertEquals(Optional.of(200), MarkdownStatuses.closingCaption("成功時 (200 OK)").map(Response::status));
    assertEquals(Optional.of(404), MarkdownStatuses.closingCaption("On error (404 Not Found):").map(Response::status));
    assertEquals(Optional.empty(), MarkdownStatuses.closingCaption("Results (100):"), "a count");
    assertEquals(Optional.of(500), MarkdownStatuses.closingCaption("エラー時 （500 Internal Server Error）")
        .map(Response::status));
    assertEquals(Optional.empty(), MarkdownStatuses.closingCaption("Limits (200 Requests)"), "not its reason");
    assertEquals(Optional.empty(), MarkdownStatuses.closingCaption("(200 OK)"), "no caption");
    assertEquals(Optional.empty(), MarkdownStatuses.closingCaption("Conflict(409), Internal Server Error(500)"),
        "statuses after their reasons");
    assertEquals(Optional.empty(), MarkdownStatuses.closingCaption(
        "A long sentence that only happens to end with a number in parentheses (200)"));
  }

  @Test
  void readsACellThatIsOnlyCodes() {
    assertEquals(List.of(200, 401, 422), MarkdownStatuses.codesOnly("200 / 401 / 422").stream().map(Response::status)
        .toList());
    assertEquals(List.of(201, 400), MarkdownStatuses.codesOnly("201, 400").stream().map(Response::status).toList());
    assertEquals(List.of(), MarkdownStatuses.codesOnly("200 OK"));
    assertEquals(List.of(), MarkdownStatuses.codesOnly("2024 / 10"));
  }

  private static List<Integer> codes(List<Response> responses) {
    return responses.stream().map(Response::status).toList();
  }
}
