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

/**
 * Where the rules earned by pages of unseen vendors stop: fields named by a label's word, paragraphs inside a
 * parameter's item, commented answers, label headings titling endpoints, chapters, and what a title says of its id.
 */
class RulesOfUnseenPagesAtTheirEdgesTest {

  @Test
  void fieldsNamedByALabelsWordAndParagraphsInsideAnItemStayTheFieldsOwn() {
    Api api = parse("""
        ## Search

        `GET /search`

        **Parameters**

        - query: the text to search for (string, required)
        - path: /docs/report.pdf - the folder to search
        - `sort` (string) - the sort order

          values: `asc`, `desc`

        Tip: optional parameters may be left out.

        ## Create job

        `POST /jobs`

        `Query Parameters`

        - `dry_run` (boolean) - only validate
        """);

    assertEquals(List.of("query query true", "path query null", "sort query null"),
        described(operation(api, "GET", "/search")));
    assertEquals(List.of("dry_run query null"), described(operation(api, "POST", "/jobs")),
        "a label set apart whole as code is a label");
  }

  @Test
  void aLabelHeadingOverItsOwnRequestLineTitlesAnEndpointAndEndpointsClosingWithTheSameHeadingOwnIt() {
    Api api = parse("""
        ## Ingest

        `POST /v1/ingest`

        ### Parameters

        - `events` (array, required) - the events

        ## Errors

        - 409 Conflict - already sent

        ## Query

        `POST /v1/query`

        ### Parameters

        - `sql` (string, required) - the query text

        ## Errors

        - 400 Bad Request - no such column

        ## 3 Errors

        | Code | Meaning |
        |---|---|
        | 500 | Server error |
        """);

    assertEquals(List.of("ingest", "query"), api.operations().stream().map(Operation::id).toList());
    assertEquals(List.of(409), statuses(operation(api, "POST", "/v1/ingest")));
    assertEquals(List.of(400), statuses(operation(api, "POST", "/v1/query")), "a numbered heading is a chapter");
  }

  @Test
  void commentedMembersAndTemplatesUnderARequestSendingNoBodyAreTheAnswers() {
    Api api = parse("""
        ## Get a user

        `GET /users/{id}`

        200 OK

        ```json
        {
          "id": "usr_123",      // required
          "nickname": "bob"     // optional
        }
        ```

        ## Create contact

        `POST /contacts`

        ```json
        {"first_name": "First Name", "last_name": "Last Name", "email": "Email Address"}
        ```
        """);

    assertEquals(List.of("id path true"), described(operation(api, "GET", "/users/{id}")));
    assertEquals(List.of("first_name body null", "last_name body null", "email body null"),
        described(operation(api, "POST", "/contacts")), "capitalised values restating their member's name");
  }

  @Test
  void namesLinedUpInOneParagraphTwoColumnsOfRequiredWordsAndAPathListUnderAUriLabel() {
    Api api = parse("""
        ## List

        `GET /items`

        **请求参数**

        pageNo:必须，页码
        pageSize:可选，每页条数

        ## Update a project

        `PATCH /projects/{id}`

        | Field | Type | Create | Update | Description |
        |---|---|---|---|---|
        | name | string | required | optional | The project's name |

        ## Update user

        `PUT /users/{userId}`

        Path:

        - `userId` (string) - the user id
        """);

    assertEquals(List.of("pageNo query true", "pageSize query false"), described(operation(api, "GET", "/items")));
    assertEquals(List.of("id path true", "name body null"), described(operation(api, "PATCH", "/projects/{id}")),
        "each column says it of one request only");
    assertEquals(List.of("userId path true"), described(operation(api, "PUT", "/users/{userId}")));
  }

  @Test
  void aTitleGivesTheIdUnlessItPrintsThePathWithAWordAtMost() {
    Api api = parse("""
        ## POST /messages (text message)

        Sends text.

        ## Endpoint: /auth/login

        **Method:** `POST`
        """);

    assertEquals(List.of("post-messages-text-message", "post-auth-login"),
        api.operations().stream().map(Operation::id).toList());
  }

  @Test
  void numberedPartsPlacesGroupingParametersAndMarksBeforeTypesStayRead() {
    Api api = parse("""
        # Users API

        ## Create a user

        ### 1. Request URL

        POST /users

        ### 2. Request parameters

        | Name | Type | Required | Description |
        | --- | --- | --- | --- |
        | name | string | Yes | The user's name |

        ## Get a user

        `GET /users/{id}`

        Parameters:

        - Path: `id` (string, required) - the user's id
        - Query: `fields` (string, optional) - the fields to include

        ## Log in

        `POST /login`

        Parameters:

        Email: Required (string) - the user's email

        ## List orders

        `GET /orders`

        Request parameters:

        ```json
        {
          "page": 1,  // required, the page number
          "size": 20  // optional
        }
        ```
        """);

    assertEquals(List.of("name body true"), described(operation(api, "POST", "/users")));
    assertEquals(List.of("id path true", "fields query false"), described(operation(api, "GET", "/users/{id}")));
    assertEquals(List.of("Email body true"), described(operation(api, "POST", "/login")));
    assertEquals(List.of("page query true", "size query false"), described(operation(api, "GET", "/orders")));
  }

  @Test
  void aColumnOfNumbersIsNoStatusesAndAUrlInATitleNoWordsOfTheId() {
    Api api = parse("""
        ## GET https://api.example.com/v1/users

        | Method | Path | Description | Rate limit (req/min) |
        | --- | --- | --- | --- |
        | GET | /v1/users | List users | 300 |
        | POST | /v1/users | Create a user | 100 |
        """);

    assertEquals("get-v1-users", api.operations().get(0).id());
    assertEquals(List.of(), statuses(operation(api, "GET", "/v1/users")));
  }
}
