package io.mcdewey.parse;

import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static io.mcdewey.parse.markdown.MarkdownParserTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.model.Api;
import io.mcdewey.model.Example;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.Response;
import io.mcdewey.parse.markdown.MarkdownParserTest;
import io.mcdewey.source.GuideDocument;
import io.mcdewey.source.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the markdown layout reads the shapes request lines, parameters and statuses come in. */
class MarkdownParserShapesTest {

  @Test
  void readsMethodAndUrlGivenInLabelledCells() throws Exception {
    Api api = MarkdownParserTest.read("key-value.md");

    assertEquals(List.of("orderId path true", "expand query false"),
        described(operation(api, "GET", "/v1/orders/{orderId}")));
    assertEquals(List.of(200, 404), statuses(operation(api, "GET", "/v1/orders/{orderId}")));
    assertEquals(List.of(204, 404), statuses(operation(api, "DELETE", "/v1/orders/{orderId}")));
  }

  @Test
  void readsHtmlTablesAndLeavesTablesOfResponseFieldsOut() throws Exception {
    Operation update = MarkdownParserTest.read("html-tables.md").operations().get(0);

    assertEquals(List.of("bowlId path true", "size body false"), described(update));
    assertEquals("Its size in ml.", update.parameter("size").orElseThrow().description());
    assertEquals(List.of(200, 422), statuses(update));
  }

  @Test
  void givesLabelHeadingsToTheEndpointHeadingAboveThem() throws Exception {
    Operation meals = MarkdownParserTest.read("slate.md").operations().get(0);

    assertEquals("Feeding History", meals.title());
    assertEquals("/api/v3/kennels/{kennelId}/meals", meals.path());
    assertEquals(List.of("kennelId path true", "food query false", "page query false", "since query null"),
        described(meals));
  }

  @Test
  void readsAPagePerEndpointWithItsExamplesUnderTheirOwnHeadings() throws Exception {
    Api api = MarkdownParserTest.read("page-per-endpoint.md");

    assertEquals(1, api.operations().size());
    Operation update = api.operations().get(0);
    assertEquals("Update widget", update.title());
    assertEquals(List.of("id path true", "Authorization header true", "If-Match header false", "name body null"),
        described(update));
    assertEquals(List.of(200), statuses(update));
    assertEquals("application/json", update.requestBody().mediaType());
    assertEquals(List.of(Example.Kind.RESPONSE), update.examples().stream().map(Example::kind).toList());
  }

  @Test
  void readsALabelUnderlinedByAccidentAsALabel() {
    Api api = parse("""
        ## Things

        Request URI :
        -
        GET https://api.example.org/things
        """);

    assertEquals("Things", api.operations().get(0).title());
    assertEquals("/things", api.operations().get(0).path());
  }

  @Test
  void readsTheSpellingsOfARequestLine() {
    Api api = parse("""
        ## Shapes

        URI: GET https://api.example.org/a
        Request Uri: POST https://api.example.org//b
        GET : https://api.example.org/c/{item id}
        DELETE /d/<id> HTTP/1.1 PUT /e/:id HTTP/1.1
        """);

    assertEquals(List.of("GET /a", "POST /b", "GET /c/{item id}", "DELETE /d/{id}", "PUT /e/{id}"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }

  @Test
  void readsEndpointTablesWhoseCellsHoldWholeRequestLines() {
    Api api = parse("""
        # Tables

        Method | HTTP request | Description
        ------ | ------------ | -----------
        [**createTable**](#create) | **POST** /tables | Create a table
        [**showTable**](#show) | **GET** /tables/{table} | Show a table
        """);

    assertEquals(List.of("POST /tables", "GET /tables/{table}"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
    assertEquals("Tables", api.operations().get(0).title());
  }

  @Test
  void readsRequestsBracketedInHeadingsWithQueryExpansions() {
    Api api = parse("""
        ## List notes [GET /notes{?limit,offset}]
        """);

    assertEquals(List.of("limit query null", "offset query null"), described(operation(api, "GET", "/notes")));
  }

  @Test
  void readsAMethodBadgePrintedOverItsUrl() {
    Api api = parse("""
        ## Get a member

        get
        https://api.example.com/v2/members/{memberId}

        ### Errors

        - 404 - no such member
        """);

    Operation member = operation(api, "GET", "/v2/members/{memberId}");
    assertEquals(List.of(404), statuses(member));
  }

  @Test
  void ignoresRequestsMentionedInsideSentences() {
    Api api = parse("""
        ## Notes

        To list users, send GET /users with a token.
        """);

    assertTrue(api.operations().isEmpty());
  }

  @Test
  void makesNoEndpointOfAUriPrintedWithoutAMethod() {
    Api api = parse("""
        ## Ping

        Endpoint: https://api.example.org/ping
        """);

    assertTrue(api.operations().isEmpty());
    assertEquals(1, MarkdownParserTest.codes(api, "uri-without-method").size());
  }

  @Test
  void takesRawHttpMessagesInCodeForExamples() {
    Api api = parse("""
        ## Reading a URL

        Take this request:

        ```http
        GET /status?name=x HTTP/1.1
        Accept: text/plain
        ```
        """);

    assertTrue(api.operations().isEmpty());
  }

  @Test
  void splitsAStatusLineIntoReasonAndExplanation() {
    Api api = parse("""
        ## Fetch

        GET /items

        Status Codes

        200 OK The items.
        202 - Accepted
        409 The item is locked by another user.
        """);

    assertEquals(List.of(new Response(200, "OK", "The items."), new Response(202, "Accepted", ""),
        new Response(409, "", "The item is locked by another user.")), api.operations().get(0).responses());
  }

  @Test
  void readsRequiredFlagsOnlyWhereTheGuideGivesThem() {
    Api api = parse("""
        ## Search

        GET /search

        Query Parameters

        - q (string, required): the words
        - page (integer): the page
        - size (optional) - how many
        """);

    assertEquals(List.of("q query true", "page query null", "size query false"),
        described(api.operations().get(0)));
  }

  @Test
  void splitsARawExchangeIntoRequestAndResponseExamples() {
    Api api = parse("""
        ## Store

        POST /things

        Example
        POST /things HTTP/1.1 content-type: application/json {"name": "a"} ---------- HTTP/1.1 201 Created {"id": 3}
        """);

    Operation store = api.operations().get(0);
    assertEquals("application/json", store.requestBody().mediaType());
    assertEquals(List.of(Example.Kind.RESPONSE), store.examples().stream().map(Example::kind).toList());
    assertEquals("HTTP/1.1 201 Created {\"id\": 3}", store.examples().get(0).content());
  }

  @Test
  void reportsASectionEndingRightAfterItsRequestLine() {
    Api api = parse("""
        ## Full

        GET /full

        Status Codes

        200 OK

        ## Cut

        GET /cu
        """);

    assertTrue(operation(api, "GET", "/full").complete());
    assertFalse(operation(api, "GET", "/cu").complete());
    assertEquals(1, MarkdownParserTest.codes(api, "ends-at-request-line").size());
  }

  @Test
  void takesNoEvidenceFromAnExampleThatAnotherRequestLineExplains() {
    Api api = parse("""
        ## Users

        GET /v1/users/{id}
        GET /v1/users/me
        GET /v1/users/ID/friends

        Example
        GET /v1/users/42 HTTP/1.1 GET /v1/users/42/friends HTTP/1.1
        """);

    assertEquals(List.of("/v1/users/{id}", "/v1/users/me", "/v1/users/{ID}/friends"),
        api.operations().stream().map(Operation::path).toList());
  }

  @Test
  void readsChunkExportsPageAfterPageAndTracesEachSectionToItsPage() {
    GuideDocument guide = new GuideDocument("export.jsonl", "kennel", "v1", "guide", null, List.of(
        new Page("Intro text.", new Provenance("export.jsonl", 11, "kennel::v1::guide::guide::1", 1), false, false),
        new Page("## Ping\n\nGET /ping", new Provenance("export.jsonl", 12, "kennel::v1::guide::guide::2", 2),
            false, false),
        new Page("Status Codes\n\n200 OK", new Provenance("export.jsonl", 13, "kennel::v1::guide::guide::3", 3),
            false, false)));

    Operation ping = new GuideParser().parse(guide, Profiles.builtIn().named(Profiles.FALLBACK).orElseThrow())
        .operations().get(0);

    assertEquals("kennel::v1::guide::guide::2", ping.source().chunkId());
    assertEquals(12, ping.source().page());
    assertEquals(List.of(200), statuses(ping));
  }


  @Test
  void readsEndpointsShownOnlyByTheirExampleHttpMessages() throws Exception {
    Api api = MarkdownParserTest.read("http-message-examples.md");

    assertEquals(List.of("GET /kennels", "PATCH /kennels/{kennelId}"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
    Operation list = operation(api, "GET", "/kennels");
    assertEquals("https://api.example.org/kennels{?owner,page,sort}", list.uriTemplate());
    assertEquals(List.of(200), statuses(list));
    Operation change = operation(api, "PATCH", "/kennels/{kennelId}");
    assertEquals(List.of("kennelId path true", "name body true", "places[].size body false"), described(change));
    assertEquals(List.of(409), statuses(change));
  }
}
