package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static io.mcdewey.parse.markdown.MarkdownParserTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import io.mcdewey.model.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Headings that name the endpoint their section documents by its path, under a URI label or printing it. */
class EndpointTitlesTest {

  @Test
  void aHeadingNamingItsEndpointUnderAUriLabelTitlesASectionOfItsOwn() {
    Api api = parse("""
        # Getting Started

        Our APIs are organised around REST.

        ## Authentication

        Send a bearer token.

        ## Endpoint: `/auth/create_user`

        **Method:** `POST`

        -  **email (str)** - Required

        ## Endpoint: `/auth/login`

        **Method:** `POST`

        #### Request Body

        -  **password (str)** - Required

        ## Response Codes

        | HTTP Status Code | Description |
        | --- | --- |
        | 200 | It worked. |
        | 429 | Too many requests. |
        """);

    assertEquals(List.of("Endpoint: /auth/create_user", "Endpoint: /auth/login"),
        api.operations().stream().map(Operation::title).toList());
    assertEquals(List.of("post-auth-create-user", "post-auth-login"),
        api.operations().stream().map(Operation::id).toList(), "a title printing the path names nothing more");
    assertEquals(List.of("password body true"), described(operation(api, "POST", "/auth/login")));
    assertEquals(List.of(), statuses(operation(api, "POST", "/auth/login")),
        "the page's statuses, at the level of an endpoint that heads its parts deeper");
  }

  @Test
  void aTitlePrintingThePathWithWordsOfItsOwnKeepsThemInTheId() {
    Api api = parse("""
        ## GET /persons - Retrieve all persons

        Lists them.
        """);

    assertEquals("get-persons-retrieve-all-persons", api.operations().get(0).id());
  }
}
