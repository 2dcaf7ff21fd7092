package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static io.mcdewey.parse.markdown.MarkdownParserTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The conventions of projects' own reference pages read whole, from the page to the operation: the README template's
 * captions, tables of endpoints with parameter or status columns, curl commands sending form templates, labels pointed
 * at by arrows, sentences introducing the answer's items, request synopses, Spanish tables.
 */
class ProjectPageConventionsTest {

  @Test
  void theReadmeTemplatesRequiredAndOptionalCaptionsOverTypedAssignmentsAndATypedDataObject() {
    var api = parse("""
        ## Show Kennel

        * **URL**

          /kennels/:id

        * **Method:**

          `GET`

        * **URL Params**

          **Required:**

          `id=[integer]`

          **Optional:**

          `fields=[string]`

        * **Success Response:**

          * **Code:** 200

        ## Add Dog

        - **URL Params**
          _Required:_ `kennel=[string]`
        - **Data Params**

        ```
        {
          name: string,
          age: integer
        }
        ```

        POST /dogs
        """);

    var show = operation(api, "GET", "/kennels/{id}");
    assertEquals(List.of("id path true", "fields query false"), described(show));
    assertEquals("integer", show.parameters().get(0).type());
    assertEquals(List.of("kennel query true", "name body null", "age body null"),
        described(operation(api, "POST", "/dogs")));
  }

  @Test
  void aRequiredValueUnderAParametersItemIsThatItemsNotACaptionOfTheNext() {
    var api = parse("""
        ## List Dogs

        GET /dogs

        **Query Parameters**

        - `limit` (integer): At most this many.
          - Required: No
        - `breed` (string): The breed.
        """);

    List<String> parameters = described(operation(api, "GET", "/dogs"));
    assertEquals("breed query null", parameters.get(1), "the next parameter says nothing");
    assertNotEquals("limit query true", parameters.get(0));
  }

  @Test
  void commandsSendingFormTemplatesAreEndpointsOfTheirOwnBesideATableOfEndpoints() {
    var api = parse("""
        API
        ===

        Tokens
        ------

        Send a `POST` with the user's name and password:

            curl --data "username=[USERNAME]&password=[PASSWORD]" http://x.example/api/v1/auth/

        Dogs
        ----

        | Verb | Route |
        | --- | --- |
        | `GET` | `/api/v1/dogs` |
        """);

    assertEquals(List.of("username body null", "password body null"),
        described(operation(api, "POST", "/api/v1/auth/")));
    assertEquals(List.of(), described(operation(api, "GET", "/api/v1/dogs")));
  }

  @Test
  void aTableOfEndpointsWithAColumnOfParameterNamesGivesEachRowItsParameters() {
    var api = parse("""
        ## Tags

        | Verbo | Ruta | Parámetros extra |
        | --- | --- | --- |
        | `POST` | `/tags/:tag_id/dogs` | `dog_id` o `kennel_id` |
        | `DELETE` | `/tags/:tag_id` | |
        | `GET` | `/tags` | see the list below |
        """);

    assertEquals(List.of("tag_id path true", "dog_id body null", "kennel_id body null"),
        described(operation(api, "POST", "/tags/{tag_id}/dogs")));
    assertEquals(List.of("tag_id path true"), described(operation(api, "DELETE", "/tags/{tag_id}")));
    assertEquals(List.of(), described(operation(api, "GET", "/tags")));
  }

  @Test
  void labelsPointedAtByArrowsAndNamingStatusesAmongOtherWordsListTheirBlocksStatuses() {
    var api = parse("""
        ### POST /api/dogs -- Dog creation
        -> *Description* :
        > Adds a dog.

        -> *Error Response status codes to handle* :

            - 400 Bad Request : a field is missing
            - 409 Conflict : the name is taken

        -> *OK Response status code expected* :

            201 Created
        """);

    assertEquals(List.of(400, 409, 201), statuses(operation(api, "POST", "/api/dogs")));
  }

  @Test
  void aRequiredCaptionUnderARequestBodysLabelIntroducesItsFields() {
    var api = parse("""
        ### POST /api/dogs -- Dog creation

        Request body:

        > **REQUIRED**:
        * `name` - *string*
        * `breed` - *string*

        *Example*:
        ```json
        {"name": "Rex", "breed": "collie"}
        ```
        """);

    assertEquals(List.of("name body true", "breed body true"), described(operation(api, "POST", "/api/dogs")));
  }

  @Test
  void aSentenceIntroducingTheAnswersItemsWrappedOrNotEndsTheParametersList() {
    var api = parse("""
        ## POST /users

        The endpoint supports two parameters:

        1. **name** — required, name of the user
        2. **email** — required, address of the user

        The response has the HTTP status code 201 and consists of a dictionary
        containing the following keys:

        1. **id** — the user's id
        2. **balance** — the user's balance
        """);

    var created = operation(api, "POST", "/users");
    assertEquals(List.of("name body true", "email body true"), described(created));
    assertEquals(List.of(201), statuses(created));
  }

  @Test
  void anObjectOfTypeNamesUnderARequestBodyHeadingIsItsSchema() {
    var api = parse("""
        ## `POST /api/dogs`

        ### Request Body
        ```json
        {
            "name": string,
            "age": integer,
        }
        ```
        """);

    assertEquals(List.of("name body null", "age body null"), described(operation(api, "POST", "/api/dogs")));
  }

  @Test
  void aSpanishTableOfParametersAndOneOfStatuses() {
    var api = parse("""
        #### GET /perros/{id}

        #### Parámetros

        Nombre|Ubicación|Descripción|Requerido|Esquema
        :--|:--|:--|:--|:--
        id|Path|El perro|Sí|Integer

        #### Respuesta

        Código|Descripción|Cuerpo
        :--|:--|:--
        200|OK|El perro
        404|No existe|Mensaje de error
        """);

    var found = operation(api, "GET", "/perros/{id}");
    assertEquals(List.of("id path true"), described(found));
    assertEquals(List.of(200, 404), statuses(found));
  }

  @Test
  void aRequestLineInABlockWithOnlyItsMediaTypeIsTheSectionsRequestNotAnExchange() {
    var api = parse("""
        ## Add Dog

        ```
        POST /api/dogs
        Content-Type: application/json
        ```

        **Response** `201 Created`

        ## Show Dog

        ```
        GET /api/dogs/7 HTTP/1.1
        Host: example.com
        ```
        """);

    assertEquals(List.of(201), statuses(operation(api, "POST", "/api/dogs")));
    assertEquals(List.of("POST /api/dogs"), api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }

  @Test
  void theRulesOfTheseConventionsLeaveOrdinaryPagesAsTheyRead() {
    var api = parse("""
        ## Users

        | Endpoint | Parameters | Description |
        | --- | --- | --- |
        | `GET /users` | `page`, `limit` | Lists users |
        | `POST /users` | none | Adds a user |

        | Name | Method | Path |
        | --- | --- | --- |
        | Get User | GET | /users/{id} |

        ## GET /items

        Returns a page of items. Use these query parameters to filter the response:

        - `limit` (integer) — how many

        ## Conventions

        Every resource lives under a versioned URL:

        /{version}/{resource}

        A GET request never changes anything on the server.

        ## Fetch a todo

        ```
        GET /api/todos/42
        Accept: application/json
        ```

        ## Count

        GET /dogs/count

        Response:

        ```
        250
        ```
        """);

    assertEquals(List.of("GET /users", "POST /users", "GET /users/{id}", "GET /items", "GET /dogs/count"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
    assertEquals(List.of("id path true"), described(operation(api, "GET", "/users/{id}")));
    assertEquals(List.of("limit query null"), described(operation(api, "GET", "/items")));
    assertEquals(List.of(), statuses(operation(api, "GET", "/dogs/count")));
  }

  @Test
  void aColumnOfParameterListsNamesEachAlternativeAndNothingForNone() {
    var api = parse("""
        ## Extras

        | Verbo | Ruta | Parámetros extra |
        | --- | --- | --- |
        | `POST` | `/a` | `x`, `y` |
        | `POST` | `/b` | `lat` o `lon` o `e` |
        | `POST` | `/c` | ninguno |
        """);

    assertEquals(List.of("x body null", "y body null"), described(operation(api, "POST", "/a")));
    assertEquals(List.of("lat body null", "lon body null", "e body null"), described(operation(api, "POST", "/b")));
    assertEquals(List.of(), described(operation(api, "POST", "/c")));
  }

  @Test
  void aColumnHeadedByAParametersLabelAmongOtherWordsListsEachRowsParameters() {
    var api = parse("""
        ## Dogs

        | Method | Path | Query params | Description |
        | --- | --- | --- | --- |
        | GET | /dogs | `breed`, `limit` | Lists dogs |
        | GET | /dogs/{id} | | Shows a dog |
        """);

    assertEquals(List.of("breed query null", "limit query null"), described(operation(api, "GET", "/dogs")));
    assertEquals(List.of("id path true"), described(operation(api, "GET", "/dogs/{id}")));
  }

  @Test
  void methodCaptionsUnderAPathPrintedAloneAreItsRequests() {
    var api = parse("""
        ## Deals

        api/v1/deals/

        GET: Returns the list of deals

        Response:

        ```
        {"count": 2}
        ```

        POST:Creates a deal

        Parameters:

        - customer: the customer's id

        api/v1/deals/{dealid}/finish

        POST: Finishes a deal

        ## Words

        and/or

        GET: not a request
        """);

    assertEquals(List.of("GET /api/v1/deals/", "POST /api/v1/deals/", "POST /api/v1/deals/{dealid}/finish"),
        api.operations().stream().map(o -> o.method() + " " + o.uriTemplate()).toList());
    assertEquals(List.of("customer body null"), described(operation(api, "POST", "/api/v1/deals/")));
  }

  @Test
  void aPhpArrayOfTypesInTheSectionOfARequestListsItsParameters() {
    var api = parse("""
        ### News

        * Method: GET

        * Link : /api/news
        ```php
        [
            'category_id' => 'string',
            'page' => 'int,1',
        ]
        ```

        * Returns:
        ```php
        [
            'id' => 'int',
            'title' => 'string',
        ]
        ```
        """);

    assertEquals(List.of("category_id query null", "page query null"), described(operation(api, "GET", "/api/news")));
  }

  @Test
  void aPhpArrayUnderACaptionOfAnyWordsIsNoRequestsParameters() {
    var api = parse("""
        ## Create user
        `POST /users`

        | Name | Type | Description |
        |------|------|-------------|
        | email | string | **Required.** The address. |

        The created user:
        ```php
        [
            'id' => 'integer',
            'email' => 'string',
        ]
        ```

        `DELETE /users/{id}`
        ```php
        [
            'reason' => 'required|string',
            'notify' => 'boolean',
        ]
        ```
        """);

    assertEquals(List.of("email body true"), described(operation(api, "POST", "/users")));
    assertEquals(List.of("id path true", "reason query true", "notify query null"),
        described(operation(api, "DELETE", "/users/{id}")));
  }

  @Test
  void aMethodUnderAnUnknownLabelCompletesAUriLabelledAboveIt() {
    // smart-doc prints a request's method under a `Type` label, and its captions with hyphens.
    var api = parse("""
        # Strategies
        ## Update a strategy

        **URL:** `/strategy/param`

        **Type:** `PUT`

        **Query-parameters:**

        | Parameter | Type | Required | Description |
        |-----------|------|----------|-------------|
        |strategyId|int32|true|Strategy to change|

        ## List strategies

        **URL:** `/strategy`

        **Type:** `GET`
        """);

    assertEquals(List.of("PUT /strategy/param", "GET /strategy"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
    assertEquals("QUERY", operation(api, "PUT", "/strategy/param").parameters().get(0).location().name());
    var negated = parse("""
        ## Files

        **URL:** `/files`

        **Methods not supported:** `GET`
        """);
    assertEquals(List.of(), negated.operations(), "a label saying the method is not taken completes nothing");
  }

  @Test
  void aPathAloneAsAnItemOfAListOfRoutesTakesTheMethodLabelledInItsItem() {
    var api = parse("""
        ### API

        1. /trader/order

           method:POST

           content-type:application/json

        2. /trader/market

           method:GET
        """);

    assertEquals(List.of("POST /trader/order", "GET /trader/market"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
    var routes = parse("""
        ## Resources

        - /trader/order
        - /trader/market

        The service answers in JSON.
        """);
    assertEquals(List.of(), routes.operations(), "paths listed without a method make no request");
  }

  @Test
  void aLabelOfParametersQualifiedInParenthesesIntroducesItsList() {
    var api = parse("""
        Listar Clientes

          • URL: /clientes.list.json
          • Método: GET
          • Parámetros (opcional, para filtrar y hacer búsquedas):
            • id: Filtra por ID del cliente.
            • estado: Filtra por estado del cliente.
        """);

    assertEquals(List.of("id false", "estado false"), operation(api, "GET", "/clientes.list.json").parameters()
        .stream().map(p -> p.name() + " " + p.required()).toList());
    var answer = parse("""
        ## Get a user

        GET /users/{id}

        Response (200 OK):

        ```json
        {"id": 1}
        ```
        """);
    assertEquals(List.of(200), statuses(operation(answer, "GET", "/users/{id}")), "an answer's parentheses");
  }
}
