package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static io.mcdewey.parse.markdown.MarkdownParserTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Pages next to the shapes of actions documented in parts ({@link ActionsDocumentedInPartsTest}), where the rules must
 * keep out of the way or reach as far as the page does: sections under a chapter heading, chapters that show one call
 * among other matters, code that is no request, quoted words that are no parameters, application error codes.
 */
class PartsNextToTheirShapesTest {

  private static List<String> requests(Api api) {
    return api.operations().stream().map(o -> o.method() + " " + o.path() + " " + o.title()).toList();
  }

  @Test
  void sectionsOfLabelledUrlsAndMethodsUnderAChapterHeadingStandAlone() {
    Api api = parse("""
        # Kennels API

        ## Show kennel

        **URL**

            /kennels/:id

        **Method:**

        `GET`

        ## Close kennels

        URI: [api root]/kennels/closed

        Method: DELETE or POST
        """);

    assertEquals(List.of("GET /kennels/{id} Show kennel", "DELETE /kennels/closed Close kennels",
        "POST /kennels/closed Close kennels"), requests(api));
  }

  @Test
  void pathHeadingsUnderAChapterHeadingTakeTheirMethodLabels() {
    Api api = parse("""
        # Files

        ## /files

        Method: GET

        ## /files/{id}

        Method: DELETE
        """);

    assertEquals(List.of("GET /files /files", "DELETE /files/{id} /files/{id}"), requests(api));
  }

  @Test
  void aChapterShowingOneCallAmongOtherMattersIsNoAction() {
    Api api = parse("""
        # Webhooks

        ## Registering a webhook

        ```
        curl -X POST https://api.example.com/v1/hooks -d '{"url": "https://example.org/in"}'
        ```

        Body parameters:

        - `url` (string) - where events go

        ## Event payload

        - `type` (string) - what happened

        ## Retries

        - 500 Internal Server Error
        """);

    Operation hook = operation(api, "POST", "/v1/hooks");
    assertEquals("Registering a webhook", hook.title());
    assertEquals(List.of("url"), hook.parameters().stream().map(Parameter::name).toList());
    assertEquals(List.of(), statuses(hook));
  }

  @Test
  void aLowerCaseCommandInABlockOfCodeIsNoRequest() {
    Api api = parse("""
        # Troubleshooting

        Read the agent's settings:

        ```
        get /agent/config
        ```
        """);

    assertEquals(List.of(), api.operations());
  }

  @Test
  void aQuotedSearchOrAQueryNoLongerSupportedNamesNoParameter() {
    Api api = parse("""
        ## GET /products

        Lists products. The query "sneakers" returns every shoe, and a saved query "weekly" runs each Monday.
        The URL query "debug" is no longer supported.
        """);

    assertEquals(List.of(), operation(api, "GET", "/products").parameters());
  }

  @Test
  void applicationErrorCodesAreNoStatuses() {
    Api api = parse("""
        ## GET /timeline

        Errors:

        - Code: 130 - Over capacity
        - Code: 187 - Duplicate status
        - Code: 404 Not Found
        """);

    assertEquals(List.of(404), statuses(operation(api, "GET", "/timeline")));
  }

  @Test
  void statusesOutsideAnyEndpointMakeNoEndpointOfATutorialsCommand() {
    Api api = parse("""
        # Authenticate

        ```
        curl -X POST https://api.example.com/v1/tokens
        ```

        401 Unauthorized
        """);

    assertEquals(List.of(), api.operations());
  }

  @Test
  void aSingleBraceBeforeAPathIsAVariableNotTheHost() {
    assertEquals(Optional.empty(), MarkdownRequestLines.routeAfterHost("{root}/files/{path}"));
    assertEquals(Optional.of("/services/users"), MarkdownRequestLines.routeAfterHost("[server root]/services/users"));
    assertEquals(Optional.of("/v1/tags"), MarkdownRequestLines.routeAfterHost("{{host}}/v1/tags"));
  }

  @Test
  void methodsListedWithPipesOrWordsAreEachARequestsMethod() {
    assertEquals(List.of("GET", "DELETE"), MarkdownRequestLines.methods("GET | DELETE"));
    assertEquals(List.of("GET", "POST"), MarkdownRequestLines.methods("GET OR POST"));
    assertEquals(List.of("PUT", "PATCH"), MarkdownRequestLines.methods("put and patch"));
    assertEquals(List.of(), MarkdownRequestLines.methods("GET the list"));
  }

  @Test
  void anOptionsHeadingOverAPartOfASectionIsNoRequest() {
    Api api = parse("""
        ## Start an export

        Method: POST

        Endpoint: /exports

        ### Options

        | Name | Type | Description |
        |---|---|---|
        | format | string | The file format |
        """);

    assertEquals(List.of("POST /exports Start an export"), requests(api));
  }

  @Test
  void aTutorialsMethodHeadingsWaitForNoUri() {
    Api api = parse("""
        # Requests

        ## GET

        GET requests read data.

        ## POST

        Use the endpoint below:

        URL: https://api.example.com/v1/notes
        """);

    assertEquals(List.of(), api.operations());
  }

  @Test
  void aUrlWithValuesBeforeItsMethodLabelIsAnotherRequest() {
    Api api = parse("""
        ### GET /items

        Lists items.

        URL: /items?force=true

        Method: DELETE
        """);

    assertEquals(List.of("GET /items GET /items", "DELETE /items GET /items"), requests(api));
  }

  @Test
  void patternsOfPathsInATableOfRulesAreNoEndpoints() {
    Api api = parse("""
        ## CORS

        | Path | Methods |
        |---|---|
        | /public/* | GET, HEAD, OPTIONS |
        """);

    assertEquals(List.of(), api.operations());
  }

  @Test
  void anAnswersCaptionBeforeASentenceKeepsWhatFollowsTheAnswers() {
    Api api = parse("""
        ## Create an order

        POST /orders

        Response (201): The created order, shaped as below:

        | Name | Type | Description |
        |---|---|---|
        | state | string | Where the order stands |
        """);

    Operation create = operation(api, "POST", "/orders");
    assertEquals(List.of(201), statuses(create));
    assertEquals(List.of(), create.parameters());
  }

  @Test
  void methodHeadingsOfAChapterOnVerbsTakeNoBaseUrlAboveIt() {
    Api api = parse("""
        # Kennel API guide

        Endpoint: https://api.example.com/v2

        ## Verbs

        ### GET

        Reads a resource.

        ### DELETE

        Removes a resource.
        """);

    assertEquals(List.of(), api.operations());
  }
}
