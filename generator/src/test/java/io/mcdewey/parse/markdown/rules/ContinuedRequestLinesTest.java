package io.mcdewey.parse.markdown.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.UriTemplate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContinuedRequestLinesTest {

  @Test
  void joinsAHostEndingARequestLineToThePathOnTheNextLine() {
    ContinuedRequestLines.Joined joined = ContinuedRequestLines.join(
        List.of("GET https://{hostname}:{port}", "    /cli/team/info?{parameters}", "Accept: application/json"),
        List.of(5, 6, 7));

    assertEquals(List.of("GET https://{hostname}:{port}/cli/team/info?{parameters}", "Accept: application/json"),
        joined.lines());
    assertEquals(List.of(5, 7), joined.numbers());
  }

  @Test
  void joinsAMethodAloneToItsUrlAndAUrlPrintedASegmentALine() {
    ContinuedRequestLines.Joined joined = ContinuedRequestLines.join(
        List.of("GET", "https://api.example.com", "/", "v1", "/", "{id}", "Find a record", "PATCH", "/", "v1.0", "/",
            "events", "POST", "the request body"),
        List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14));

    assertEquals(List.of("GET https://api.example.com/v1/{id}", "Find a record", "PATCH /v1.0/events", "POST",
        "the request body"), joined.lines());
    assertEquals(List.of(1, 7, 8, 13, 14), joined.numbers());
  }

  @Test
  void joinsAHostCutBeforeItsTopLevelDomainToTheRestOfTheUrl() {
    ContinuedRequestLines.Joined joined = ContinuedRequestLines.join(
        List.of("POST https://open-api.example", ".com/sandbox/api/v2/orders", "Creates an order."), List.of(1, 2, 3));

    assertEquals(List.of("POST https://open-api.example.com/sandbox/api/v2/orders", "Creates an order."),
        joined.lines());
    List<String> sentence = List.of("GET https://api.example.com", ".NET/Java/Go clients are generated.");
    assertEquals(sentence, ContinuedRequestLines.join(sentence, List.of(1, 2)).lines());
    List<String> port = List.of("GET https://api.example.com:8443", ".com/v2/orders");
    assertEquals(port, ContinuedRequestLines.join(port, List.of(1, 2)).lines());
  }

  @Test
  void joinsAMethodAloneToARouteWithoutItsSlashOnTheNextLine() {
    ContinuedRequestLines.Joined joined = ContinuedRequestLines.join(
        List.of("GET", "api/v1/call", "Lists the calls.", "POST", "application/json"), List.of(1, 2, 3, 4, 5));

    assertEquals(List.of("GET /api/v1/call", "Lists the calls.", "POST", "application/json"), joined.lines());
  }

  @Test
  void leavesLinesAloneWhenTheRequestLineHasAPathOrTheNextLineIsNoPath() {
    List<String> withPath = List.of("GET https://h.example.com/a", "/b");
    List<String> prose = List.of("GET https://h.example.com", "returns the root document");

    assertEquals(withPath, ContinuedRequestLines.join(withPath, List.of(1, 2)).lines());
    assertEquals(prose, ContinuedRequestLines.join(prose, List.of(1, 2)).lines());
  }

  @Test
  void readsTheJoinedLineAsOneRequestWithoutTheQueryPlaceholder() {
    UriTemplate template = UriTemplate.parse("https://{hostname}:{port}/cli/team/info?{parameters}");

    assertEquals("/cli/team/info", template.path());
    assertEquals("https://{hostname}:{port}", template.baseUri());
    assertEquals(List.of(), template.parameters());
  }

  @Test
  void joinsAPathAloneToEachMethodAloneUnderIt() {
    ContinuedRequestLines.Joined joined = ContinuedRequestLines.join(
        List.of("/kennels/{id}", "DELETE", "PATCH", "Removes or changes a kennel."), List.of(1, 2, 3, 4));

    assertEquals(List.of("DELETE /kennels/{id}", "PATCH /kennels/{id}", "Removes or changes a kennel."),
        joined.lines());
    assertEquals(List.of(1, 1, 4), joined.numbers());
    assertEquals(List.of("/kennels", "GET /dogs"), ContinuedRequestLines.join(List.of("/kennels", "GET", "/dogs"),
        List.of(1, 2, 3)).lines(), "a method over a path of its own is that path's");
  }
}
