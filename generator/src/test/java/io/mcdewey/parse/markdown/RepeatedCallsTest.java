package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import io.mcdewey.parse.GuideParser;
import io.mcdewey.parse.Profiles;
import io.mcdewey.source.GuideDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A subsection printing again the call its section documents under a path heading and a method label. */
class RepeatedCallsTest {

  private static Api parseHtml(String html) {
    GuideDocument guide = new GuideDocument("inline.html", "", "", "inline", null, html, List.of());
    return new GuideParser().parse(guide, Profiles.builtIn().named(Profiles.FALLBACK).orElseThrow());
  }

  @Test
  void aCallPrintedAgainUnderThePathHeadingAndMethodLabelIsNoSecondEndpoint() {
    Api api = parseHtml("""
        <h1>APIs</h1>
        <h2>/kennels</h2>
        <h3>Methods</h3>
        <p>GET : Lists the kennels.</p>
        <h3>Method: GET</h3>
        <p>Lists the kennels.</p>
        <h4>Call</h4>
        <pre>GET /kennels</pre>
        <h2>/kennels/</h2>
        <h3>Methods</h3>
        <p>GET : Reads one kennel.</p>
        <h3>Method: GET</h3>
        <p>Reads one kennel.</p>
        <h4>Call</h4>
        <pre>GET /kennels/

        {"id": "&lt;string&gt;"}</pre>
        <p>Data parameters</p>
        <ul><li><tt>id</tt>: the kennel's identifier.</li></ul>
        """);

    assertEquals(List.of("GET /kennels", "GET /kennels/"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
    assertEquals("/kennels/", operation(api, "GET", "/kennels/").title(), "the path heading's, not the call's");
    assertEquals(List.of("id query null"), described(operation(api, "GET", "/kennels/")));
  }

  @Test
  void aRequestPrintedAgainWithItsQueryFilledInIsAnExampleOfTheOneAboveIt() {
    var api = parse("""
        #### Messages of a chat
        ```http
        GET /api/chats/{chat_id}/messages
        GET /api/chats/{chat_id}/messages?since=123
        ```

        #### Pagination
        ```text
        GET /api/builds/?page_size=10
        GET /api/builds/?page_size=10&page=2
        ```
        """);

    // Calls that each fill their query are alike examples: none takes the other's query as names.
    assertEquals(List.of("GET /api/chats/{chat_id}/messages{?since}", "GET /api/builds/?page_size=10",
        "GET /api/builds/?page_size=10&page=2"), api.operations().stream().map(o -> o.method() + " " + o.uriTemplate()).toList());
  }

  @Test
  void theRequestAHeadingNamesPrintedInFullUnderItsBasePathIsTheSectionsOnTheFullPath() {
    Api api = parse("""
        # DELETE /school/:id/class/:grade

        Deletes a class.

        ### Request

        ```http
        DELETE /v1/school/:id/class/:grade
        ```

        # GET /schools

        ```http
        GET /internal/tools/schools
        ```
        """);

    assertEquals(List.of("DELETE /v1/school/{id}/class/{grade}", "GET /schools", "GET /internal/tools/schools"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }

  @Test
  void aBasePathMayHoldAServicesSegmentAndAVersionOfAnyForm() {
    for (String base : List.of("/v1beta", "/public/v1", "/api/rest")) {
      Api api = parse("## GET /users\n\n    GET " + base + "/users\n");
      assertEquals(List.of("GET " + base + "/users"),
          api.operations().stream().map(o -> o.method() + " " + o.path()).toList(), base);
    }
  }

  @Test
  void aPathUnderOtherWordsOrASecondBasePathIsAnotherEndpoint() {
    Api api = parse("""
        ## GET /members

        Administrators list every member with:

            GET /admin/members

        ## GET /users

            GET /v1/users

        Version 2 answers the same:

            GET /v2/users
        """);

    assertEquals(List.of("GET /members", "GET /admin/members", "GET /v1/users", "GET /v2/users"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }
}
