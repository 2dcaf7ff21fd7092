package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static io.mcdewey.parse.markdown.MarkdownParserTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A request's syntax printed as a raw message, a method abbreviated on a badge, a status captioned after a dash, and
 * calls mentioned under the base path of the endpoints they name.
 */
class RequestSyntaxAndMentionsTest {

  @Test
  void aRawMessageWritingVariablesIsTheRequestsSyntax() {
    Api api = parse("""
        ## Get Usage

        ### Syntax

            GET /{admin}/usage?format=json HTTP/1.1
            Host: {fqdn}

        ### Example

            GET /admin/usage?format=json HTTP/1.1
            Host: rgw.example.com
        """);

    assertEquals(List.of("GET /{admin}/usage"),
        api.operations().stream().map(op -> op.method() + " " + op.path()).toList());
  }

  @Test
  void delOnABadgeIsDelete() {
    Api api = parse("""
        ## Delete a bookmark

        | Request info | Value |
        |---|---|
        | Endpoint | `/api/bookmarks` |
        | Method | `DEL` |
        """);

    assertEquals(List.of("DELETE /api/bookmarks"),
        api.operations().stream().map(op -> op.method() + " " + op.path()).toList());
  }

  @Test
  void aMethodBadgeAfterAnExampleOpensTheNextEndpoint() {
    Api api = parse("""
        ## Posts

        POST
        /posts

        #### Request Body

        ```json
        {"title": "A post"}
        ```

        PUT
        /posts/{id}

        DELETE
        /posts/{id}
        """);

    assertEquals(List.of("POST /posts", "PUT /posts/{id}", "DELETE /posts/{id}"),
        api.operations().stream().map(op -> op.method() + " " + op.path()).toList());
  }

  @Test
  void aTableCaptionedByAPathTakesTheMethodItsVerbRowNames() {
    Api api = parse("""
        ### v1

        | /sessions/:session_handle | |
        |---|---|
        | Verb: `DELETE` | Response code: `200 OK` |
        | Closes a session. | |
        """);

    assertEquals(List.of("DELETE /sessions/{session_handle}"),
        api.operations().stream().map(op -> op.method() + " " + op.path()).toList());
    assertEquals(List.of(200), statuses(api.operations().get(0)));
  }

  @Test
  void aStatusCaptionedAfterADashNamesTheAnswer() {
    Api api = parse("""
        ## POST /users

        #### Response — 201 Created

        ```json
        {"id": 1}
        ```
        """);

    assertEquals(List.of(201), statuses(operation(api, "POST", "/users")));
  }

  @Test
  void aSentenceOfAStatusAndItsCaseNamesTheStatus() {
    Api api = parse("""
        ## GET /api/groups/{id}

        The group when the id is known. 404 otherwise.
        """);

    assertEquals(List.of(404), statuses(operation(api, "GET", "/api/groups/{id}")));
  }

  @Test
  void callsMentionedUnderTheBasePathOfTheirEndpointsAreMentions() {
    Api api = parse("""
        # Boards

        These calls send an ETag header:

        - Fetch all boards `GET /api/v1.0/boards`
        - Fetch one board `GET /api/v1.0/boards/{boardId}`

        ### GET /boards - Get boards

        Returns 200 OK.

        ### GET /boards/{boardId} - Get a board

        Returns 200 OK.
        """);

    assertEquals(List.of("GET /boards", "GET /boards/{boardId}"),
        api.operations().stream().map(op -> op.method() + " " + op.path()).toList());
  }
}
