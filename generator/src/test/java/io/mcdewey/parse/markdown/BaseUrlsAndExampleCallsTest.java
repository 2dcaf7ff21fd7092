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
 * A base URL named on a line of its own, calls of an endpoint printed under the base path its section leaves out, and
 * statuses listed a line each over their descriptions, as OpenAPI renderers saved as text print them.
 */
class BaseUrlsAndExampleCallsTest {

  private static List<String> endpoints(Api api) {
    return api.operations().stream().map(o -> o.method() + " " + o.path()).toList();
  }

  @Test
  void aBaseUrlNamedOnALineIsTheBaseOfRequestLinesPrintingPathsAlone() {
    Api api = parse("""
        Base URL: `https://api.example.com/v1/`

        ## List parameters
        GET /parameters
        """);

    assertEquals("https://api.example.com/v1", api.baseUri());
    assertEquals(List.of("GET /parameters"), endpoints(api), "the path as printed");
    assertEquals("https://api.example.com/v1", parse("""
        Base URL: https://api.example.com/v1, and every call needs a token.

        GET /parameters
        """).baseUri());
  }

  @Test
  void aBaseUrlsPathThatRequestLinesPrintIsNoPartOfTheBase() {
    Api api = parse("""
        **Base URL:** `https://api.example.com/api/v1`

        ## Send a message
        POST /api/v1/send
        """);

    assertEquals("https://api.example.com", api.baseUri());
  }

  @Test
  void aHostTheRequestLinesPrintWinsAndWordsAboutABaseUrlAreNone() {
    assertEquals("https://api.shop.example", parse("""
        Base URL: https://sandbox.shop.example

        GET https://api.shop.example/orders
        """).baseUri());
    assertEquals("", parse("""
        The base URL is set in your settings: https://sandbox.shop.example

        GET /orders
        """).baseUri());
  }

  @Test
  void callsUnderTheBasePathWithValuesAreExamplesOfTheEndpointTheyFill() {
    Api api = parse("""
        ## 1. List courses

        **GET** `/courses`

        #### Query Parameters
        | Parameter | Description |
        |---|---|
        | `$filter` | OData filter |

        ## 2. Get a course

        **GET** `/courses({id})`

        #### Example Request

        ```http
        GET /api/data/v9.2/courses(12345678-1234-1234-1234-123456789012)
        ```

        ## Examples

        ### Courses with more than 15 baskets

        ```http
        GET /api/data/v9.2/courses?$filter=baskets gt 15
        ```
        """);

    assertEquals(List.of("GET /courses", "GET /courses({id})"), endpoints(api));
  }

  @Test
  void aFarCallGoesToTheMostSpecificEndpointAndASectionOfItsOwnParametersStays() {
    Api api = parse("""
        ## Users
        GET /users

        ## Admin users
        GET /admin/users

        ## Search v2
        GET /v2/search?facets=true

        | Name | Type | Description |
        |---|---|---|
        | facets | boolean | include facets |
        | q | string | the words |

        ## Search
        GET /search

        ## Examples
        ### Active admins
        ```http
        GET /v2/admin/users?active=true
        ```
        """);

    assertEquals(List.of("GET /users", "GET /admin/users", "GET /v2/search", "GET /search"), endpoints(api));
    assertEquals(List.of("active query null"), described(operation(api, "GET", "/admin/users")));
  }

  @Test
  void aCallUnderABasePathShowingNoValuesIsAnEndpointOfItsOwn() {
    Api api = parse("""
        ## Login
        POST /auth/login

        ## API login
        POST /api/auth/login

        Answers `200` with a token.
        """);

    assertEquals(List.of("POST /auth/login", "POST /api/auth/login"), endpoints(api));
  }

  @Test
  void aStatusAloneOverItsDescriptionWordedAsAnAnswersCaptionIsReadInTheList() {
    Api api = parse("""
        post
        /workspace/client/create

        Responses
        200
        Successful response
        application/json
        400
        Bad request
        application/json
        401
        Unauthorized
        application/json
        """);

    assertEquals(List.of(200, 400, 401), statuses(operation(api, "POST", "/workspace/client/create")));
  }

  @Test
  void aSwedishRequiredColumnOfMarksAndWords() {
    Api api = parse("""
        ## Rekommendation
        POST /api/recommend

        | Parameter | Typ | Obligatorisk | Beskrivning |
        |-----------|-----|--------------|-------------|
        | `crop` | string | ✅ Ja | Gröda |
        | `area` | number | Nej | Areal |
        """);

    assertEquals(List.of("crop body true", "area body false"), described(operation(api, "POST", "/api/recommend")));
  }

  @Test
  void scandinavianAndFinnishColumnWordsNameTheColumns() {
    Api api = parse("""
        ## Grödor
        GET /api/crops

        | Namn | Typ | Beskrivning |
        |------|-----|-------------|
        | `category` | string | Filtrera på kategori (valfritt) |

        ## Tuotteet
        GET /api/products

        | Nimi | Tyyppi | Kuvaus |
        |------|--------|--------|
        | `limit` | integer | Enintään näin monta (valinnainen) |
        """);

    assertEquals(List.of("category query false"), described(operation(api, "GET", "/api/crops")));
    assertEquals("string", operation(api, "GET", "/api/crops").parameters().get(0).type());
    assertEquals(List.of("limit query false"), described(operation(api, "GET", "/api/products")));
  }

  @Test
  void aTitleAfterACallWhoseBracketsHaveClosedEndsTheExample() {
    Api api = parse("""
        认证

        // 请求示例
        fetch('https://api.example.com/v1/users', {
          headers: {
            'Authorization': 'Bearer YOUR_API_KEY'
          }
        })

        用户接口

        获取用户列表

        GET /api/v1/users

        查询参数:

        参数类型描述
        page整数页码,默认为1
        limit整数每页记录数
        """);

    assertEquals(List.of("GET /api/v1/users"), endpoints(api));
    assertEquals(List.of("page query null", "limit query null"), described(operation(api, "GET", "/api/v1/users")));
  }

  @Test
  void aWordInCapitalsBetweenTwoPayloadsStaysInTheExample() {
    Api api = parse("""
        ## Get a user
        GET /users/{id}

        Response:
        {
          "id": 1
        }
        OR
        {
          "error": "not found"
        }
        """);

    assertEquals(List.of("GET /users/{id}"), endpoints(api));
  }

  @Test
  void aLabelAfterTheRequestLineOnItsLineCaptionsWhatFollows() {
    Api api = parse("""
        Endpoint: GET /api/codes Query Parameters:
          • status (string): active or expired
          • limit (number): at most this many

        Endpoint: DELETE /api/codes/{id} Response: 204 No Content
        """);

    assertEquals(List.of("status query null", "limit query null"), described(operation(api, "GET", "/api/codes")));
    assertEquals(List.of(204), statuses(operation(api, "DELETE", "/api/codes/{id}")));
  }

  @Test
  void aSynopsisInAnHttpBlockWithAnOptionalQueryInParenthesesAndAPlaceholderToken() {
    Api api = parse("""
        ## Všechny události

        ### Požadavek

        ```http
        GET /api/3/events (?from=YYYY-MM-dd)
        Content-Type: application/x-www-form-urlencoded
        Authorization: Bearer ACCESS_TOKEN
        ```
        """);

    assertEquals(List.of("GET /api/3/events"), endpoints(api), "a version after api is no example's id");
    assertEquals(List.of("from query null"), described(operation(api, "GET", "/api/3/events")));
  }

  @Test
  void otherHeadersInCapitalsAndAnIdAfterTheApiSegmentShowAnExample() {
    Api api = parse("""
        ## Get the latest order
        `GET /orders/{id}`

        ```http
        GET /orders/latest
        X-Tenant: ACME_CORP
        ```

        ## Show item
        `GET /api/items/{itemId}`

        ```http
        GET /api/12
        Authorization: Bearer <token>
        ```
        """);

    assertEquals(List.of("GET /orders/{id}", "GET /api/items/{itemId}"), endpoints(api));
  }

  @Test
  void aSectionTitledByTheRequestOfAnotherAmongWordsShowsThatEndpoint() {
    var api = parse("""
        # Wallet API

        ## Signed endpoint examples for POST /wapi/v3/withdraw.html

        Parameter | Value
        --- | ---
        apiKey | vmPUZE6mv9
        asset | ETH

        Response 400

        ## Withdraw

        ```
        POST /wapi/v3/withdraw.html
        ```

        Name | Type | Mandatory | Description
        --- | --- | --- | ---
        asset | STRING | YES | the asset
        """);

    assertEquals(List.of("POST /wapi/v3/withdraw.html Withdraw"),
        api.operations().stream().map(op -> op.method() + " " + op.path() + " " + op.title()).toList());
    assertEquals(List.of("asset body true"), described(operation(api, "POST", "/wapi/v3/withdraw.html")));
  }
}
