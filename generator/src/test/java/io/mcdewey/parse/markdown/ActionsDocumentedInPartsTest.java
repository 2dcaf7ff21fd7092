package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Actions whose request is put together from parts: a path heading and a method label, a URI label after a
 * placeholder for the host, a method label listing several methods, subsections showing the request only by a
 * command, parameter lists under headings saying only whether they are required.
 */
class ActionsDocumentedInPartsTest {

  private static List<String> parameters(Operation operation) {
    return operation.parameters().stream().map(p -> p.name() + " " + p.location() + " " + p.required()).toList();
  }

  @Test
  void aPathHeadingTakesTheMethodALabelUnderItNames() {
    Api api = parse("""
        # /kennels/{id}

        - `Authorization: Yes`
        - `Method: Patch`

        ## Data parameter

        ### Required

        - `name: string`

        ### Optional

        - `breed: string | null`
        - `None`

        ### Success response

        ```
        Status code: 200
        Content: { status: 'success' }
        ```
        """);

    Operation patch = operation(api, "PATCH", "/kennels/{id}");
    assertEquals(List.of("id PATH true", "name BODY true", "breed BODY false"), parameters(patch));
    assertEquals(List.of(200), patch.responses().stream().map(Response::status).toList());
  }

  @Test
  void aPathHeadingWithoutAMethodLabelNamesAResourceAndIsNotTold() {
    Api api = parse("""
        # /kennels

        ## GET /kennels/{id}

        Gets one kennel.
        """);

    assertEquals(1, api.operations().size());
    assertEquals(List.of(), api.diagnostics());
  }

  @Test
  void aUriLabelAfterAPlaceholderForTheHostAndAMethodLabelListingTwoMethods() {
    Api api = parse("""
        ## Search kennels

        URL

        [directory server root]/services/rest/kennels/search

        Request Method

        GET, POST
        """);

    assertEquals(List.of("GET /services/rest/kennels/search", "POST /services/rest/kennels/search"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }

  @Test
  void aHeadingStandsForTheOneRequestItsSubsectionsShowByCommands() {
    Api api = parse("""
        # Kennel service

        Calls of the kennel service.

        ## Kennels

        ### Get a kennel

        #### Example request

        ```bash
        $ curl 'https://api.example.com/api/kennels/0x0fcd82' -i -X GET
        ```

        #### Path parameters

        | Parameter | Description |
        |---|---|
        | kennelId | Names the kennel. |

        ### Close a kennel

        #### Example request

        ```bash
        $ curl 'https://api.example.com/api/kennels/0x0fcd82/close' -i -X POST
        ```

        #### Example response

        ```http
        HTTP/1.1 204 No Content
        ```
        """);

    Operation get = operation(api, "GET", "/api/kennels/{kennelId}");
    assertEquals("Get a kennel", get.title());
    assertEquals(List.of("kennelId"), get.parameters().stream().map(Parameter::name).toList());
    assertEquals("Close a kennel", operation(api, "POST", "/api/kennels/0x0fcd82/close").title());
  }

  @Test
  void theReadmeTemplatesUrlMethodAndCodeLines() {
    Api api = parse("""
        ## **Login**

         **URL**

            /api/users/login

         **Method:**

          `POST`

        - **Success Response:**

            - **Code:** 200 <br />
              **Content:** `{ token : "abc" }`

        - **Error Response:**

          - **Code:** 404 NOT FOUND <br />
            **Content:** `{ error : "No such user" }`

          OR

          - **Code:** 401 UNAUTHORIZED <br />
            **Content:** `{ error : "Not active" }`
        """);

    Operation login = operation(api, "POST", "/api/users/login");
    assertEquals(List.of(200, 404, 401), login.responses().stream().map(Response::status).toList());
  }

  @Test
  void aUriLabelRepeatingTheRequestLineAddsTheNamesOfItsQuery() {
    Api api = parse("""
        ### Upload a profile

        POST /api/upload_profile

        - HTTP method: POST
        - URI: http://profiles.example.org/api/upload_profile?uid={uid}
        """);

    assertEquals(1, api.operations().size());
    assertEquals(List.of("uid QUERY null"), parameters(operation(api, "POST", "/api/upload_profile")));
  }

  @Test
  void aWikiPagesFieldBulletsAfterTheBodysExampleItsStatusLinesAndAnExampleCallUnderItsHeading() {
    Api api = parse("""
        ## <span style="color: green">POST</span> /api/kennels/<span>{name}</span>

        ### Request Body
        ```json
        { "breed": "terrier" }
        ```

        * breed (String) &minus; The breed the kennel keeps
        * size (Number) &minus; Optional count of places

        ### Request Path parameters
        * name &minus; The kennel's name

        Example:
        <span>POST</span> /api/kennels/<span>riverside</span>

        ### Responses

        #### Success
        Status-Code: 200

        #### Error: name taken
        Status-Code: 409
        """);

    assertEquals(1, api.operations().size());
    Operation create = operation(api, "POST", "/api/kennels/{name}");
    assertEquals(List.of("name PATH true", "breed BODY null", "size BODY false"), parameters(create));
    assertEquals(List.of(200, 409), create.responses().stream().map(Response::status).toList());
  }

  @Test
  void headingsNamingAMethodAloneUnderAUriLabelAreItsRequests() {
    Api api = parse("""
        # Kennel service

        ## Kennel

        **Endpoint**: /api/v0/kennel/{NAME}

        ### GET

        Returns the kennel.

        ### PUT

        Adds a kennel.

        ## Kennel dogs

        **Endpoint**: /api/v0/kennel/{NAME}/dogs

        ### GET

        Lists its dogs.
        """);

    assertEquals(List.of("GET /api/v0/kennel/{NAME} Kennel", "PUT /api/v0/kennel/{NAME} Kennel",
        "GET /api/v0/kennel/{NAME}/dogs Kennel dogs"),
        api.operations().stream().map(o -> o.method() + " " + o.path() + " " + o.title()).toList());
  }

  @Test
  void aTableOfPathsWithTheirMethodsListedInOneCell() {
    Api api = parse("""
        ## Documents

        | Endpoint | Methods | Description |
        | - | - | - |
        | `/documents/[?family=<>][&shortname=<>]` | `GET` | Lists documents. |
        | `/document/[id]` | `GET`, `PUT`, `DELETE` | Reads, changes or removes one document. |
        """);

    assertEquals(List.of("family QUERY null", "shortname QUERY null"),
        parameters(operation(api, "GET", "/documents/")));
    assertEquals(List.of("GET /documents/", "GET /document/{id}", "PUT /document/{id}", "DELETE /document/{id}"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }

  @Test
  void anAnswersCaptionWithItsStatusBeforeASentence() {
    Api api = parse("""
        ## Edit a kennel

        POST /api/kennels/edit

        **Response (200):** Shaped like the answer of the call that adds one.
        """);

    assertEquals(List.of(200), operation(api, "POST", "/api/kennels/edit").responses().stream()
        .map(Response::status).toList());
  }

  @Test
  void shellVariablesForTheHostAndThePathsVariablesAndAnHttpMethodColumn() {
    Api api = parse("""
        ## Rooms

        ::

          GET ${base}/api/v1/resource/room/${room_id}

        ## Notes

        | Endpoint | HTTP-Method | Description |
        | --- | --- | --- |
        | `/api/notes/<NOTE>` | `DELETE` | Removes a note. |
        """);

    assertEquals(List.of("GET /api/v1/resource/room/{room_id}", "DELETE /api/notes/{NOTE}"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }

  @Test
  void twoPathsJoinedByOrInACellAndAnAnswersHeadingWithItsStatus() {
    Api api = parse("""
        ## Notes

        | Endpoint | Method | Description |
        | --- | --- | --- |
        | `/notes/<NOTE>/download` or `/s/<SHORT>/download` | `GET` | Hands out a note. |

        #### Example Response (200 OK)

        ```json
        {"id": 1}
        ```
        """);

    assertEquals(List.of("GET /notes/{NOTE}/download", "GET /s/{SHORT}/download"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }

  @Test
  void anExampleResponseHeadingNamesItsStatus() {
    Api api = parse("""
        ## Get a kennel

        GET /kennels/{id}

        #### Example Response (200 OK)

        ```json
        {"id": 1}
        ```
        """);

    assertEquals(List.of(200), operation(api, "GET", "/kennels/{id}").responses().stream()
        .map(Response::status).toList());
  }
}
