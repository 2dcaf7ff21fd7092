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
 * Endpoints a page shows otherwise than by a request line under their title: by a method and a path under labels of
 * their own, by the command of their example only, or by the call printed over their answer.
 */
class ActionsShownByExamplesTest {

  @Test
  void aMethodAndAPathInItemsOfTheirOwnMakeARequest() {
    Api api = parse("""
        Get One Dog
        -----------

        * Syntax: `/dogs/<dog_id>`
        * Method: `GET`

        Status Codes
        ^^^^^^^^^^^^

        ==== ==================
        Code Description
        ==== ==================
        200  The dog
        404  No such dog
        ==== ==================

        Create A Dog
        ------------

        * Syntax: `/dogs`
        * Method: `POST`

        ========= ======= ==========================
        Argument  Type    Description
        ========= ======= ==========================
        name      string  the dog's name
        breed     string  the breed, as the kennel
                          club writes it
        owner     int     the owner
        ========= ======= ==========================
        Mandatory fields: name, breed and owner for dogs of a club.
        """);

    assertEquals(List.of(200, 404), statuses(operation(api, "GET", "/dogs/{dog_id}")));
    assertEquals(List.of("name body true", "breed body true", "owner body null"),
        described(operation(api, "POST", "/dogs")));
  }

  @Test
  void anActionShownOnlyByItsCommandTakesTheTemplateAnOverviewPrints() {
    Api api = parse("""
        # Kennel API

        ## Endpoints

        | URL | Method | Functionality |
        |---|---|---|
        | /api/v1/dogs | GET | List dogs |
        | /api/v1/dogs/{dogId} | GET | Get a dog |

        ## Dogs

        ### List

        ```bash
        curl -X GET https://api.example.com/api/v1/dogs?breed=collie
        ```

        The HTTP response is a 200 OK with a list of dogs.

        ### Get

        ```bash
        curl -X GET https://api.example.com/api/v1/dogs/7
        ```

        The HTTP response is a 200 OK with the dog.
        """);

    assertEquals(List.of("GET /api/v1/dogs", "GET /api/v1/dogs/{dogId}"),
        api.operations().stream().map(op -> op.method() + " " + op.path()).toList());
    Operation get = operation(api, "GET", "/api/v1/dogs/{dogId}");
    assertEquals("Get", get.title());
    assertEquals(List.of(200), statuses(get));
    assertEquals(List.of("breed query null"), described(operation(api, "GET", "/api/v1/dogs")));
  }

  @Test
  void theCallPrintedOverAnAnswerNamesTheEndpoint() {
    Api api = parse("""
        ### Get Dogs

        Lists the dogs.

        Response

        GET /api/dogs

        ```json
        [{"id": 1}]
        ```

        ### Get Dog Records

        Response

        GET /api/dogs/{id}/records HTTP/1.1
        """);

    Operation list = operation(api, "GET", "/api/dogs");
    assertEquals("Get Dogs", list.title());
    assertEquals(1, list.examples().size());
    assertEquals(List.of("GET /api/dogs"), api.operations().stream().map(op -> op.method() + " " + op.path())
        .toList(), "a request line with a protocol version opens an exchange, not a call over its answer");
  }

  @Test
  void aContentsEntryLinkingToItsSectionIsNoEndpointOfItsOwn() {
    Api api = parse("""
        # Kennel API

        - [Overview](#overview)
        - [GET /api/dogs](#get-apidogs)

        ## GET /api/dogs

        Response (201):

        ```json
        [{"id": 1}]
        ```
        """);

    assertEquals(1, api.operations().size());
    assertEquals("GET /api/dogs", api.operations().get(0).title());
    assertEquals(List.of(201), statuses(api.operations().get(0)));
  }

  @Test
  void aContentsEntrySummingItsSectionUpUnderThePagesTitleIsNoEndpointOfItsOwn() {
    Api api = parse("""
        # Logs API
        * search
        * [POST /search/index](#searchindex): searches the logs
        * [POST /search/jump](#searchjump) - the lines around one

        ## Search

        ### POST /api/v3/es/index

        ### POST /api/v3/es/context
        """);

    assertEquals(List.of("POST /api/v3/es/index", "POST /api/v3/es/context"),
        api.operations().stream().map(op -> op.method() + " " + op.path()).toList());
  }

  @Test
  void aCommandUnderACaptionNamingItsMethodIsTheSectionsRequest() {
    Api api = parse("""
        # Devices

        ## List devices

        Lists the devices the server knows.

        GET Request

        ```bash
        curl "https://localhost:2443/api/devices" -H 'Authorization: <key>'
        ```

        ## A tutorial

        Try it:

        ```bash
        curl "https://localhost:2443/api/models"
        ```
        """);

    assertEquals(List.of("GET /api/devices"), api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }

  @Test
  void aSectionSayingItTakesNoParametersShowsItsEndpointByItsCommand() {
    Api api = parse("""
        ## query-all

        * 参数: 无

        ```bash
        $ curl -X GET 'http://127.0.0.1/api/query-all/'
        ```

        ## notes

        Parameters: none

        ```bash
        curl -X DELETE 'https://api.example.com/v1/notes'
        ```

        ## tutorial

        ```bash
        curl -X GET 'https://api.example.com/v1/tutorial'
        ```
        """);

    assertEquals(List.of("GET /api/query-all/", "DELETE /v1/notes"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }

  @Test
  void sayingThereAreNoParametersDocumentsOneCommandNotEachOfSeveral() {
    Api api = parse("""
        ## Monthly report

        Parameters: none

        ```bash
        curl -X POST https://auth.example.com/oauth/token
        ```

        ```bash
        curl -X GET https://api.example.com/v1/reports/monthly
        ```
        """);

    assertEquals(List.of(), api.operations());
  }
}
