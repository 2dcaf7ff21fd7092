package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static io.mcdewey.parse.markdown.MarkdownParserTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pages next to the shapes the rules of unseen layouts were written for, where each rule must keep out of the way:
 * parent resources, curl subsections of an endpoint, captions of the request's own options, status tables headed
 * Response, markdown fences, another call's answer, alternatives and captions of lists.
 */
class RulesAtTheirEdgesTest {

  @Test
  void aParentResourceIsNoBasePath() {
    Api api = parse("""
        ## Overview

        | Method | Path | Description |
        |---|---|---|
        | GET | /boards | List boards |
        | GET | /teams/{team_id}/boards | List a team's boards |

        ## List boards

        `GET /boards`

        | Name | Type | Description |
        |---|---|---|
        | limit | integer | Page size |
        """);

    assertEquals(List.of("GET /teams/{team_id}/boards", "GET /boards"), paths(api));
  }

  @Test
  void aCurlSubsectionOfADocumentedActionIsItsExample() {
    Api api = parse("""
        # Invoices

        ## Create an invoice

        | Name | Type | Description |
        |---|---|---|
        | customer | string | Customer id |

        ### cURL

        ```bash
        curl -X POST https://api.example.com/v1/invoices -d customer=cus_123
        ```
        """);

    assertEquals(List.of("customer body null"), described(operation(api, "POST", "/v1/invoices")));
  }

  @Test
  void captionsOfTheRequestsOwnOptionsAreNoAnswer() {
    Api api = parse("""
        ## Search events

        `GET /v1/events`

        Filtering results:

        | Name | Type | Description |
        |---|---|---|
        | type | string | Event type |
        """);

    assertEquals(List.of("type query null"), described(operation(api, "GET", "/v1/events")));
  }

  @Test
  void aStatusTableHeadedResponseListsStatuses() {
    Api api = parse("""
        ## Get a job

        `GET /v1/jobs/{job_id}`

        ### Responses

        | Response | Description |
        |---|---|
        | 200 | The job |
        | 404 | No such job |
        """);

    assertEquals(List.of(200, 404), statuses(operation(api, "GET", "/v1/jobs/{job_id}")));
  }

  @Test
  void aTildeFenceOfAMarkdownPageStaysAFence() {
    Api api = parse("""
        ## List widgets

        `GET /v2/widgets`

        ### Example request

        ~~~~~~~~
        curl https://api.example.com/v2/widgets?color=red
        ~~~~~~~~

        | Name | Type | Description |
        |---|---|---|
        | color | string | Filter by color |
        """);

    assertEquals(List.of("color query null"), described(operation(api, "GET", "/v2/widgets")));
  }

  @Test
  void anotherCallsAnswerStaysWithTheEndpointOfTheSection() {
    Api api = parse("""
        ## Cancel a job

        `POST /v1/jobs/{job_id}/cancel`

        ### Response

        GET /v1/jobs/7731

        ```json
        {"id": 7731, "state": "cancelled"}
        ```
        """);

    assertEquals(List.of("POST /v1/jobs/{job_id}/cancel"), paths(api));
    assertEquals(1, api.operations().get(0).examples().size());
  }

  @Test
  void aBucketNamedInCapitalsIsAResourceNotAnyEndpoint() {
    Api api = parse("""
        ## Create a bucket

        | Name | Type | Description |
        |---|---|---|
        | region | string | Where the bucket lives |

        ```bash
        curl -X PUT "https://storage.example.com/BUCKET_NAME" -d region=eu-west
        ```
        """);

    assertEquals(List.of("PUT /BUCKET_NAME"), paths(api));
  }

  @Test
  void linksListedUnderACaptionAreWhatItAnnounces() {
    Api api = parse("""
        ## List notes

        `GET /v1/notes`

        Responses:

        - [200 OK](#list-200)
        - [404 Not Found](#list-404)
        """);

    assertEquals(List.of(200, 404), statuses(operation(api, "GET", "/v1/notes")));
  }

  @Test
  void aCaptionOfferingTwoStatusesNamesBoth() {
    Api api = parse("""
        ## Rotate a key

        `POST /v1/keys/{key_id}/rotate`

        Response (200 or 202):

        ```json
        {"key_id": "k1"}
        ```
        """);

    assertEquals(List.of(200, 202), statuses(operation(api, "POST", "/v1/keys/{key_id}/rotate")));
  }

  @Test
  void aBorderLineInsideAParagraphIsItsText() {
    Api api = parse("""
        ## Compare scores

        `GET /v1/scores/compare`

        Compares two scores. The result is printed as
        ====  ====
        left  right
        and the difference follows.
        """);

    assertEquals("Compares two scores. The result is printed as ==== ==== left right and the difference follows.",
        operation(api, "GET", "/v1/scores/compare").description());
  }

  @Test
  void aMatrixOfMethodsByPathMakesARequestOfEachMark() {
    Api api = parse("""
        ## Reference

        | GET | PUT | DELETE | POST | Path | Description |
        |---|---|---|---|---|---|
        | X | | | | /api/overview | Summary |
        | X | X | X | | /api/vhosts/{name} | A virtual host |
        """);

    assertEquals(List.of("GET /api/overview", "GET /api/vhosts/{name}", "PUT /api/vhosts/{name}",
        "DELETE /api/vhosts/{name}"), paths(api));
  }

  @Test
  void aStatusLineWithoutItsReasonNamesTheAnswer() {
    Api api = parse("""
        ## Get all folders

        `GET /api/folders`

        **Example Response**:

        ```http
        HTTP/1.1 200
        Content-Type: application/json

        []
        ```
        """);

    assertEquals(List.of(200), statuses(operation(api, "GET", "/api/folders")));
  }

  @Test
  void bareNamesUnderAParametersLabelAreParametersAndUnderASentenceValues() {
    Api api = parse("""
        ## Send a share link

        `POST /api2/send-share-link/`

        **Request parameters**

        * token
        * repo-id

        ## List entries

        `GET /entries`

        These fields are accepted for sorting:

        * label
        * description
        """);

    assertEquals(List.of("token body null", "repo-id body null"),
        described(operation(api, "POST", "/api2/send-share-link/")));
    assertEquals(List.of(), described(operation(api, "GET", "/entries")));
  }

  @Test
  void twoPathsInOneCellAreTwoRequests() {
    Api api = parse("""
        ## Create or Update Namespace

        | Method | Path | Produces |
        | ------ | ---- | -------- |
        | `POST` | `/v1/namespace/:namespace` <br /> `/v1/namespace` | `application/json` |
        """);

    assertEquals(List.of("POST /v1/namespace/{namespace}", "POST /v1/namespace"), paths(api));
  }

  private static List<String> paths(Api api) {
    return api.operations().stream().map(op -> op.method() + " " + op.path()).toList();
  }

  @Test
  void aTableWithATypeColumnListsParametersThoughANameIsALabelsWord() {
    var api = parse("""
        ## List kennels

        `GET /v1/kennels`

        ### Query Parameters

        Parameter | Type | Description
        --------- | ---- | -----------
        filters | array | Keeps the kennels that match
        """);

    assertEquals(List.of("filters query null"), described(operation(api, "GET", "/v1/kennels")));
  }

  @Test
  void pathParametersSpeltAnotherWayThanThePathsVariablesStayThePaths() {
    var api = parse("""
        ## Get a post

        `GET /users/{userId}/posts/{postId}`

        ### Path Parameters

        | Name | Type | Description |
        | --- | --- | --- |
        | user_id | string | The author |
        | post_id | string | The post |
        """);

    assertEquals(List.of("userId path true", "postId path true"),
        described(operation(api, "GET", "/users/{userId}/posts/{postId}")));
  }

  @Test
  void aHeadersTableLeavesTheQueryParametersAProseSentenceNames() {
    var api = parse("""
        ## List kennels

        `GET /v1/kennels`

        Filter them with the optional `status` query parameter.

        | Header | Description |
        | --- | --- |
        | Authorization | A bearer token |
        """);

    assertEquals(List.of("status query false", "Authorization header null"),
        described(operation(api, "GET", "/v1/kennels")));
  }

  @Test
  void aTitleNamingATemplateAndACallOfItReadsBoth() {
    var api = parse("""
        ## GET /users/{id}, GET /users/42

        Returns the user.
        """);

    operation(api, "GET", "/users/{id}");
  }

  @Test
  void aTableOfEndpointsWithAStatusColumnGivesEachRowItsAnswer() {
    var api = parse("""
        ## Endpoints

        | Code | Endpoint | Method |
        |---|---|---|
        | <span class="green">201</span> | `/api/apps` | **POST** |
        | <span class="blue">501</span> | `/api/apps` | **DELETE** (all) |
        """);

    assertEquals(List.of(201), statuses(operation(api, "POST", "/api/apps")));
    assertEquals(List.of(501), statuses(operation(api, "DELETE", "/api/apps")));
  }

  @Test
  void anOverviewTableWithAStatusColumnOnlyMentionsTheEndpointsItsSectionsDocument() {
    var api = parse("""
        ## Overview

        | Method | Path | Status | Description |
        |---|---|---|---|
        | GET | /users | 200 | Lists users |
        | POST | /users | 201 | Creates a user |

        ## List users

        `GET /users`

        ## Create a user

        `POST /users`
        """);

    assertEquals(List.of("List users", "Create a user"), api.operations().stream().map(o -> o.title()).toList());
  }

  @Test
  void aSentenceIntroducingAListSaysNothingOfATableFurtherOn() {
    var api = parse("""
        ## List users

        `GET /users`

        The following query parameters are required:

        - `page` - the page number

        Some more words about paging here.

        | Name | Type | Description |
        |---|---|---|
        | limit | integer | How many to return |
        """);

    assertEquals(null, operation(api, "GET", "/users").parameter("limit").orElseThrow().required());
  }
}
