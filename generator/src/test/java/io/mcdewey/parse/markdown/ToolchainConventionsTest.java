package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static io.mcdewey.parse.markdown.MarkdownParserTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Example;
import io.mcdewey.parse.GuideParser;
import io.mcdewey.parse.Profiles;
import io.mcdewey.source.GuideDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The conventions of documentation toolchains read whole, from the page to the operation: os-api-ref, Slate's
 * {@code URL Parameters}, Docusaurus 1's code tabs, a project's own reStructuredText roles, tables of another
 * language with a column of locations.
 */
class ToolchainConventionsTest {

  @Test
  void osApiRefSectionsGiveTheirRequestsParametersAndTheirStatusesButNotTheirAnswersFields() {
    var api = parse("""
        Create Kennel
        =============

        .. rest_method:: POST /v1/kennels

        Normal response codes: 201

        Error response codes: Bad Request(400), Unauthorized(401),
        Conflict(409)

        Request
        -------

        .. rest_parameters:: parameters.yaml

          - name: kennel_name
          - city: kennel_city

        Response
        --------

        .. rest_parameters:: parameters.yaml

          - id: kennel_id
        """);

    var found = operation(api, "POST", "/v1/kennels");
    assertEquals(List.of("name body null", "city body null"), described(found));
    assertEquals(List.of(201, 400, 401, 409), statuses(found));
  }

  @Test
  void aJapaneseTableWithAColumnOfLocationsUnderARequestLineQuotingItsPath() {
    var api = parse("""
        #### プロジェクト追加

        > POST "/v1/organizations/{org-id}/projects"

        | 区分 | 名前 | タイプ | 必須 | 説明 |
        |---|---|---|---|---|
        | Path | org-id | String | Yes | 組織ID |
        | Query | dryRun | Boolean | No | 確認のみ |
        """);

    var found = operation(api, "POST", "/v1/organizations/{org-id}/projects");
    assertEquals(List.of("org-id path true", "dryRun query false"), described(found));
  }

  @Test
  void aTitleWithoutLatinLettersGivesTheIdOfItsRequest() {
    var api = parse("""
        #### プロジェクト追加

        `POST /v1/organizations/{org-id}/projects`
        """);

    assertEquals("post-v1-organizations-org-id-projects",
        operation(api, "POST", "/v1/organizations/{org-id}/projects").id());
  }

  @Test
  void aReStructuredTextFileReadsItsOwnRolesAsLabelsThoughItPrintsNoDirective() {
    var api = new GuideParser().parse(new GuideDocument("roles.rst", "", "", "roles", """
        Create a Kennel
        ---------------

        | :method:`post`
        | :path:`/v2/kennels/`
        """, List.of()), Profiles.builtIn().named(Profiles.FALLBACK).orElseThrow());

    operation(api, "POST", "/v2/kennels/");
  }

  @Test
  void severalUrlParametersNoneOfWhichIsInThePathAreTheQuerys() {
    var api = parse("""
        ## Reply to a ticket

        ### HTTP Request

        `POST https://api.example.com/v2/tickets/<ticket_id>/responses`

        ### URL Parameters

        Parameter | Type | Required | Description
        --------- | ---- | -------- | -----------
        content | text | yes | The reply
        close_ticket | text | no | Whether the reply closes it
        """);

    assertEquals(List.of("ticket_id path true", "content query true", "close_ticket query false"),
        described(operation(api, "POST", "/v2/tickets/{ticket_id}/responses")));
  }

  @Test
  void htmlCommentsBetweenDocusaurusCodeTabsCaptionTheirTabs() {
    var api = parse("""
        ## Update a kennel

        `POST /v1/kennels/{kennel}`

        ### Responses

        <!--DOCUSAURUS_CODE_TABS-->

        <!--200 SUCCESS-->
        *Updated*
        <!--404 NOT FOUND-->
        *No such kennel*

        <!--END_DOCUSAURUS_CODE_TABS-->
        """);

    assertEquals(List.of(200, 404), statuses(operation(api, "POST", "/v1/kennels/{kennel}")));
  }

  @Test
  void aKoreanTableOfEndpointsListsFurtherAnswersInRowsLeavingTheRequestBlank() {
    var api = parse("""
        ### 로그인

        | 요청 방식 | URL | 설명 | 응답 상태 코드 |
        | --- | --- | --- | --- |
        | POST | `/api/v1/users/login` | 로그인 | `200` |
        |  |  |  | `401` |
        |  |  |  | `500` |
        """);

    assertEquals(List.of(200, 401, 500), statuses(operation(api, "POST", "/api/v1/users/login")));
  }

  @Test
  void aDocsifyTipHoldingAPathUnderALabelOfItsOwnLanguageAndAMethodLabelMakeEachSubsectionsRequest() {
    var api = parse("""
        # 设备管理

        ## 获取设备别名

        ?> **接入地址：** `/uds/v1/{deviceId}/aliasName`</br>
        **HTTP Method：** GET

        **输出参数**

        参数名|类型|位置|必填|说明
        :-|:-:|:-:|:-:|:-
        aliasName|String|body|必填|别名

        ## 获取设备位置

        ?> **接入地址：** `/uds/v1/{deviceId}/location`</br>
        **HTTP Method：** GET
        """);

    assertEquals(List.of("deviceId path true"), described(operation(api, "GET", "/uds/v1/{deviceId}/aliasName")));
    assertEquals("获取设备位置", operation(api, "GET", "/uds/v1/{deviceId}/location").title());
  }

  @Test
  void aCommentOverAnAnswersBodyNamesItsStatus() {
    var api = parse("""
        Add
        ---

        ``POST``-Request sent: ``/api/v1/tags/add``

        Response:

        .. code-block:: json

           # HTTP-Code 201 Created

           true

        List
        ----

        ``GET``-Request sent: ``/api/v1/tags``

        ```jsonc
        // 200 OK — the tags
        {"tags": ["a"]}
        ```
        """);

    assertEquals(List.of(201), statuses(operation(api, "POST", "/api/v1/tags/add")));
    assertEquals(List.of(200), statuses(operation(api, "GET", "/api/v1/tags")));
  }

  @Test
  void statusesListedApartByCommasOrAfterACaptionUnderALabelOfStatuses() {
    var api = parse("""
        #### Login
        ```http
        POST /auth/login
        Content-Type: application/x-www-form-urlencoded

        email=a@example.com&password=x
        ```

        **Ergebnis/Response:**
        - Bei Erfolg: 302 Redirect
        - Bei Fehler: `401 Unauthorized`

        #### Logout
        ```http
        POST /api/auth/logout
        ```

        **Status Codes:** 200 bei Erfolg, 401 ohne Session, 403/404 ohne Rechte
        """);

    assertEquals(List.of(302, 401), statuses(operation(api, "POST", "/auth/login")));
    assertEquals(List.of(200, 401, 403, 404), statuses(operation(api, "POST", "/api/auth/logout")));
  }

  @Test
  void captionsClosingWithTheirStatusInParenthesesNameTheAnswersUnderThem() {
    var api = parse("""
        ### 一覧の取得

        ```
        GET /api/wiki
        ```

        #### レスポンス

        **成功時 (200 OK)**

        ```json
        {"documents": []}
        ```

        **エラー時 (500 Internal Server Error)**

        ```json
        {"error": "x"}
        ```
        """);

    assertEquals(List.of(200, 500), statuses(operation(api, "GET", "/api/wiki")));
  }

  @Test
  void aTableUnderASingularHeaderLabelListsHeadersAndAnExamplesCaptionedHeaderStaysItsLine() {
    var api = parse("""
        ## /report-analysis

        Method: POST

        ### Header
        | Name          | Required | Description |
        | --------------| -------- | ----------- |
        | authorization | Yes      | A token |

        ### Parameters
        | Name | Required | Description |
        | -----| -------- | ----------- |
        | date | Yes      | The day |

        ## List users

        > **GET** http://localhost/users

        ### Examples
        >**Header:** Authorization: Basic abc
        >**Header:** Content-Type application/xml

        >**GET** http://example.org/users
        """);

    var found = operation(api, "POST", "/report-analysis");
    assertEquals(List.of("authorization header true", "date body true"), described(found));
    var listed = operation(api, "GET", "/users");
    assertEquals(List.of("Header: Authorization: Basic abc\nHeader: Content-Type application/xml\n"
        + "GET http://example.org/users"), listed.examples().stream().map(Example::content).toList());
  }

  @Test
  void httpDomainFieldsCaptionedInWordsListTheBodysMembersAndReturnsListTheAnswers() {
    var api = parse("""
        .. http:post:: /api/sensor_group

            :JSON Parameters:
              * **data** `(dictionary)` -- The fields
                  * **name** `(string)` -- The name
                  * **building** `(string)` -- Where it is
           :returns:
              * **success** `(string)` -- Whether it worked
           :status 200: Success
        """);

    var found = operation(api, "POST", "/api/sensor_group");
    assertEquals(List.of("data body null", "name body null", "building body null"), described(found));
    assertEquals(List.of(200), statuses(found));
  }

  @Test
  void laravelApidocGeneratorsStatusColumnSaysWhetherAParameterIsRequired() {
    var api = parse("""
        ## Login

        ### HTTP Request
        `POST api/v1/auth/login`

        #### Body Parameters

        Parameter | Type | Status | Description
        --------- | ------- | ------- | -------
        `email` | string | required | The address.
        `remember` | boolean | optional | Whether to stay signed in.

        ## Codes

        `GET /api/v1/codes`

        Code | Status | Description
        --- | --- | ---
        `A1` | active | In use.
        """);

    assertEquals(List.of("email body true", "remember body false"),
        described(operation(api, "POST", "/api/v1/auth/login")));
    assertEquals(List.of(), described(operation(api, "GET", "/api/v1/codes")), "statuses of another kind");
  }

  @Test
  void quantitiesAfterCaptionsLinksUnderLabelsAndPathsInSentencesAreNoStatusesOrRequests() {
    var api = parse("""
        ## List users

        `GET /users`

        **Responses:**

        - Rate limit: 100 requests per minute
        - On success: 200 OK

        ## Download a file

        `GET /files/{id}`

        Files are stored under
        /var/lib/files

        GET: files:read

        ## Order shipped webhook

        Delivery method: POST
        Guide: https://docs.example.com/guides/webhooks
        """);

    assertEquals(List.of(200), statuses(operation(api, "GET", "/users")));
    assertEquals(List.of("GET /users", "GET /files/{id}"),
        api.operations().stream().map(o -> o.method() + " " + o.uriTemplate()).toList());
  }

  @Test
  void aCallOnAHostUnderAnExampleHeadingIsTheEndpointAboveIt() {
    var api = parse("""
        #### Retrieve Orders `GET /account/orders{?page}`

        #### Example URI

        GET https://www.example.org/shop/api/account/orders?page=1

        URI Parameters:

        - page (number, optional) - the page

        Response 200

        #### Remove Schema `GET https://host.example.org/package/eml/{id}`

        #### Schema `GET https://host.example.org/package/eml/schema`
        """);

    var orders = operation(api, "GET", "/account/orders");
    assertEquals(List.of(200), statuses(orders));
    assertEquals(List.of("page query false"), described(orders));
    assertEquals(3, api.operations().size(), "two calls on a host are two endpoints");
  }

  @Test
  void servantDocsLabelsAndNamesDetailedByNestedItems() {
    var api = parse("""
        ## GET /search

        ### GET Parameters:

        - q
             - **Values**: *os.path, forM*
             - **Description**: String to search

        ## DELETE /greet/:greetid

        ### Captures:

        - *greetid*: identifier of the greeting

        ### Response:

        - Status code 200
        """);

    assertEquals(List.of("q query null"), described(operation(api, "GET", "/search")));
    assertEquals(List.of("greetid path true"), described(operation(api, "DELETE", "/greet/{greetid}")));
  }
}
