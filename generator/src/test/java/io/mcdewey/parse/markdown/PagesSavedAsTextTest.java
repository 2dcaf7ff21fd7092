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
 * Reference pages saved as text from a browser: bullets printed as characters, labels with their values a blank line
 * below, tables whose delimiter row is a single cell, columns named in the page's language.
 */
class PagesSavedAsTextTest {

  @Test
  void bulletCharactersUnderLabelsGiveTheMethodAndPath() {
    Api api = parse("""
        ## 予約の取得

        メソッド

          • GET

        URL

          • /api/v2/bookings
        """);

    assertEquals(List.of("GET /api/v2/bookings"), requests(api));
  }

  @Test
  void aMethodTypeLabelWithItsValueABlankLineBelow() {
    Api api = parse("""
        ## Upload

        Method Type:

        POST

        URI:

        /rest/store/files
        """);

    operation(api, "POST", "/rest/store/files");
  }

  @Test
  void aTableWithASingleDelimiterCellAndJapaneseColumnsListsItsParameters() {
    Api api = parse("""
        ## 登録

        `POST /api/v2/bookings`

        リクエストボディ
        パラメータ名 | 型 | 設定 | 説明 |
        |---|
        mail_flag | 数値 | 任意 | 配信 |
        customer_id | 数値 | 必須 | 会員 |
        """);

    assertEquals(List.of("mail_flag body false", "customer_id body true"),
        described(operation(api, "POST", "/api/v2/bookings")));
  }

  @Test
  void valuesUnderARangeCaptionAreNoParameters() {
    Api api = parse("""
        ## Languages

        `GET /v3/languages`

        Request Headers

        | Name | Required | Description |
        |---|---|---|
        | X-Language | No | The language. |

        Range

          • en-us

          • zh-cn

        Status code: 200
        """);

    assertEquals(List.of("X-Language header false"), described(operation(api, "GET", "/v3/languages")));
    assertEquals(List.of(200), statuses(operation(api, "GET", "/v3/languages")));
  }

  @Test
  void aLabelPartedFromItsMethodOrUrlBySpacesOnlyAsTwoCellsOfARow() {
    Api api = parse("""
        ## 获取token

        请求方式 GET
        请求路径 http://api.example.net/v1/get_token/

        ## 说明

        请求方式 多种
        """);

    assertEquals(List.of("GET /v1/get_token/"), requests(api));
  }

  @Test
  void aHostAndRouteWithoutASchemeUnderAUriLabel() {
    Api api = parse("""
        ## CreateCdn

        请求地址: api.example.net/cdnapi/distribution

        请求方法: POST

        ## Notes

        URL: see the list below
        """);

    assertEquals(List.of("POST /cdnapi/distribution"), requests(api));
  }

  @Test
  void aLineLabellingHeadersLabelsTheOneTableUnderIt() {
    Api api = parse("""
        ## Abfrage

        URL
        https://api.example.com/v1/users
        HTTP-Anfragemethode
        GET
        Request Header
        | Header | Typ | Erforderlich | Beschreibung |
        |---|---|---|---|
        | Authorization | String | ja | Basic |
        Beschreibung der Abfrageparameter
        | Parameter | Typ | Erforderlich | Beschreibung |
        |---|---|---|---|
        | limit | int | nein | Anzahl |
        """);

    assertEquals(List.of("limit query false", "Authorization header true"),
        described(operation(api, "GET", "/v1/users")));
  }

  @Test
  void aPluralNameColumnAndNamesPrintedWithTheirValuesSyntax() {
    Api api = parse("""
        ## DELETE /data/{uuid}

        Query parameters

        | Attributes | Required / Optional | Description |
        |---|---|---|
        | location={location} | Required | Where the data is. |
        | db=<database> | Optional | The database. |
        """);

    assertEquals(List.of("uuid path true", "location query true", "db query false"),
        described(operation(api, "DELETE", "/data/{uuid}")));
  }

  @Test
  void aRequestLineAloneEndsAJsonPayloadPrintedWithoutFencesWhateverItsBrackets() {
    Api api = parse("""
        ## Jobs

        GET /v3/jobs
        Response body:
        }
        "jobs": [],
        "count": 0
        }
        POST /v3/jobs/delete
        Request body:
        {
        "ids": [1, 2]
        }
        """);

    assertEquals(List.of("GET /v3/jobs", "POST /v3/jobs/delete"),
        requests(api));
  }

  @Test
  void aRouteWithoutItsSlashUnderAUriLabelAndAPathBeforeItsMethodInBrackets() {
    Api api = parse("""
        ## Konto

        Końcówka API api/account/create
        Metoda POST

        ## Servers

          • /rest/control/v1/servers [GET]

        ## Notes

        URL: N/A
        """);

    assertEquals(List.of("POST /api/account/create", "GET /rest/control/v1/servers"),
        requests(api));
  }

  @Test
  void aTableOfACallsSettingsNamesItsRequestInAMethodRowAndAUrlRow() {
    Api api = parse("""
        ## 添加设备

        参数名 | 参数值 | 说明 |
        ---|---|---|
        Name | AddDev | |
        Url | https://api.example.com/devp | |
        Method | POST | |
        XApiMethod | ADD | |
        """);

    assertEquals(List.of("Name body null", "XApiMethod body null"),
        described(operation(api, "POST", "/devp")).stream().sorted().toList());
  }

  @Test
  void settingsAndMediaTypesAreNoRequestsAndAWebhooksUrlAndMethodAreItsFields() {
    Api api = parse("""
        ## Create hook

        POST /hooks

        | Field | Example | Description |
        |---|---|---|
        | name | deploys | The hook's name. |
        | url | https://example.com/hook | Where to call. |
        | method | POST | How to call. |
        | secret | s3cr3t | What signs the call. |

        ## Health check

        | Name | Value | Description |
        |---|---|---|
        | Method | GET | |
        | Url | /health | |
        | Interval | 30s | |
        | Timeout | 5s | |

        Request: application/json
        Path: public/assets

        git prints `/main [HEAD]`:

        /main [HEAD]
        """);

    assertEquals(List.of("POST /hooks"), requests(api));
    assertEquals(List.of("name body null", "url body null", "method body null", "secret body null"),
        described(operation(api, "POST", "/hooks")));
  }

  private static List<String> requests(Api api) {
    return api.operations().stream().map(o -> o.method() + " " + o.path()).toList();
  }

  @Test
  void aTitleAndARequestLineAfterAnAnswersExampleAreTheNextEndpoint() {
    Api api = parse("""
        List users

        GET /api/v1/users HTTP/1.1

        Response

        HTTP/1.1 200 OK
        {
          "users": []
        }

        Show a user

        GET /api/v1/users/:user_code HTTP/1.1
        """);

    assertEquals(List.of("GET /api/v1/users", "GET /api/v1/users/{user_code}"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
    assertEquals(1, operation(api, "GET", "/api/v1/users").examples().size(), "the title is no example");
  }

  @Test
  void parametersUnderAPathPrintedAloneAreThoseOfTheCallOfThatPathBelowThem() {
    Api api = parse("""
        List tasks

        /dev/task/list
        Lists the tasks.

        Request parameters

        pageinteger第几页
        sizeinteger一页的条数
        GET /dev/task/list?page=1&size=10
        Authorization: Bearer TOKEN

        Create a task

        /dev/task
        Makes a task.

        Request parameters

        namestring任务的名字
        descriptionstring任务的说明
        POST /dev/task
        Authorization: Bearer TOKEN

        Update a task

        /dev/task/:id
        Changes a task.

        Request parameters

        idstring任务的ID
        namestring任务的名字
        descriptionstring任务的说明
        PUT /dev/task/task_124
        Authorization: Bearer TOKEN
        """);

    assertEquals(List.of("page query null", "size query null"), described(operation(api, "GET", "/dev/task/list")));
    assertEquals(List.of("name body null", "description body null"), described(operation(api, "POST", "/dev/task")),
        "the next block's rows, read again, are the next call's, not completions of these");
    assertEquals(List.of("id path true", "name body null", "description body null"),
        described(operation(api, "PUT", "/dev/task/{id}")));
  }

  @Test
  void aTableOfEndpointsRelativeToTheBaseUrlMentionsTheSectionsPrintingItsPath() {
    Api api = parse("""
        **Base URL:** `http://city.test/api`

        ### Available Endpoints

        | Method | Endpoint | Description |
        |--------|----------|-------------|
        | GET | `/complaints` | List complaints |
        | POST | `/complaints` | File a complaint |

        ### 1. GET /api/complaints

        | Parameter | Type | Required | Description |
        |-----------|------|----------|-------------|
        | `status` | string | ❌ | Filter by status |

        ### 2. POST /api/complaints

        | Field | Type | Required | Description |
        |-------|------|----------|-------------|
        | `title` | string | ✅ | Title |
        """);

    assertEquals(List.of("GET /api/complaints", "POST /api/complaints"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }

  @Test
  void aRequiredMarkOfAnyLanguageInAnItemsParenthesesSaysWhetherItIsRequired() {
    Api api = parse("""
        ### Progetti
        **Endpoint:** `/api/progetti`
        **Metodo:** `GET`

        #### Parametri
        - `status` (opzionale): Filtra i progetti per stato.
        - `owner` (string, obbligatorio): Il proprietario.
        """);

    assertEquals(List.of("status query false", "owner query true"),
        described(operation(api, "GET", "/api/progetti")));
  }

  @Test
  void parametersListedRightUnderAPathPrintedAloneStayTheRequestsBeforeIt() {
    Api api = parse("""
        ## Users
        GET /users/{id}

        /users/{id}
        - `fields` (string, optional) - fields to return

        DELETE /users/{id}

        ## Sessions
        POST /sessions

        The new session lives at

        /sessions/{id}
        - `ttl` (integer, optional) - lifetime, sent when creating

        DELETE /sessions/s_1
        """);

    assertEquals(List.of("id path true", "fields query false"), described(operation(api, "GET", "/users/{id}")));
    assertEquals(List.of("ttl body false"), described(operation(api, "POST", "/sessions")));
  }

  @Test
  void aTableListingOneEndpointBesideOneUnderTheBasePathMayListAnEndpointAtTheRoot() {
    Api api = parse("""
        | Method | Path | Description |
        |---|---|---|
        | GET | /health | Liveness probe, served at the root |
        | GET | /metrics | Metrics |

        ## Deep health check
        `GET /api/v1/health`
        - `verbose` (boolean, optional) - include each dependency
        """);

    assertEquals(List.of("GET /health", "GET /metrics", "GET /api/v1/health"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }
}
