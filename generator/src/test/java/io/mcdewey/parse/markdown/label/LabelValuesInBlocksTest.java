package io.mcdewey.parse.markdown.label;

import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownParserTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A label heading whose values stand in the indented block under it, a bullet a line, as Hadoop's guides print; labelled
 * lines printing a request inside a block of their own.
 */
class LabelValuesInBlocksTest {

  @Test
  void aUriAndAMethodEachABulletInABlockUnderTheirHeadings() {
    Api api = parse("""
        ## Applications API

        ### URI

              * http://<nm http address:port>/ws/v1/node/apps

        ### HTTP Operations Supported

              * GET

        ### Query Parameters Supported

              * state - the state of the application
        """);

    assertEquals(List.of("GET /ws/v1/node/apps"), api.operations().stream().map(o -> o.method() + " " + o.path())
        .toList());
  }

  @Test
  void methodsABulletEachMakeARequestOfEach() {
    Api api = parse("""
        ## Applications API

        ### URI

              * http://<rm http address:port>/ws/v1/cluster/apps

        ### HTTP Operations Supported

              * GET
              * POST
        """);

    assertEquals(List.of("GET /ws/v1/cluster/apps", "POST /ws/v1/cluster/apps"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }

  @Test
  void aBulletThatIsNoMethodLeavesTheOthersRead() {
    Api api = parse("""
        ## Files

        **URL:** `/files/{id}`

        **Method**

            - GET
            - Any other method returns 405
        """);

    assertEquals(List.of("GET /files/{id}"), api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }

  @Test
  void aBlockOfLabelledLinesPrintingAPathAndAMethodIsTheRequestOfEachSubsection() {
    Api api = parse("""
        # Managing data

        ## Upload

        ```
        Service path: http://{host:port}/{appname}/resource/upload
        HTTP Method: PUT
        Returns: the identifier of the object
        ```

        ## Read

        ```
        Service path: http://{host:port}/{appname}/resource/{identifier}
        HTTP Method: GET
        ```
        """);

    assertEquals(List.of("PUT /{appname}/resource/upload", "GET /{appname}/resource/{identifier}"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }

  @Test
  void aBlockOfCodeOrOfLabelsWithoutAMethodIsNoRequest() {
    MarkdownLabels labels = new MarkdownLabels(java.util.Map.of("HTTP Method", io.mcdewey.parse.Field.HTTP_METHOD));
    var code = new MarkdownElement.Code("", "Service path: http://{host}/app/x\nHTTP Method: PUT\n", 3);
    assertEquals(List.of(4, 5), LabelledBlocks.lines(code, labels).orElseThrow().stream()
        .map(MarkdownElement.TextLine::line).toList(), "the lines stand after the opening fence");
    assertEquals(true, LabelledBlocks.lines(new MarkdownElement.Code("json", code.content(), 3), labels).isEmpty());
    assertEquals(true, LabelledBlocks.lines(new MarkdownElement.Code("", "Service path: http://{host}/app/x\n"
        + "Returns: JSON\n", 3), labels).isEmpty(), "no method");
    assertEquals(true, LabelledBlocks.lines(new MarkdownElement.Code("", "Service path: http://{host}/app/x\n"
        + "HTTP Method: PUT\ncurl -X PUT http://host/app/x\n", 3), labels).isEmpty(), "a line of code");
  }

  @Test
  void aBlockUnderALabelOfParametersListingThemALineEachNamesThem() {
    Api api = parse("""
        ### GET `/dashboard/summary`

        **Query parameters:**
        ```
        period: string = "30d"  // 7d|30d|90d|custom
        date_from: string?      // YYYY-MM-DD, for a custom period
        ```

        **Scope:**
        ```
        iot:public
        ```
        """);

    assertEquals(List.of("period query null", "date_from query false"),
        MarkdownParserTest.operation(api, "GET", "/dashboard/summary").parameters().stream()
            .map(p -> p.name() + " " + p.location().name().toLowerCase(java.util.Locale.ROOT) + " " + p.required())
            .toList());
  }

  @Test
  void eachMethodLabelTakesThePathPrintedUnderALabelOfOtherWordsBelowIt() {
    Api api = parse("""
        **API1: List the agents.**
        <br />Method: GET
        <br />Template: <br />`http://<HOST>:8080/mon/restAPI/agents/`

        **API2: The metrics of an agent.**
        <br />Method: GET
        <br />Template: <br />`http://<HOST>:8080/mon/restAPI/agents/<agentID>/metrics`
        """);

    assertEquals(List.of("GET /mon/restAPI/agents/", "GET /mon/restAPI/agents/{agentID}/metrics"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }

  @Test
  void eachMethodLabelTakesThePathPrintedAloneJustBelowIt() {
    Api api = parse("""
        📂 Criar

        Método HTTP: POST

        /api/v1/costCenter

        📂 Atualizar

        Método HTTP: PUT

        /api/v1/costCenter/{id}
        """);

    assertEquals(List.of("POST /api/v1/costCenter", "PUT /api/v1/costCenter/{id}"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }

  @Test
  void aPathLabelOfAnotherLanguageAndALabelNamingSeveralMethodsMakeARequestOfEach() {
    Api api = parse("""
        Путь:
        /api/auth/register
        Метод:
        POST

        Путь:
        /api/auth/login
        Метод:
        POST

        ## Status

        Path: https://host.example.com/device/status
        Supported methods: GET and POST
        """);

    assertEquals(List.of("POST /api/auth/register", "POST /api/auth/login", "GET /device/status",
        "POST /device/status"), api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }

  @Test
  void aPathNearerTheNextMethodsLabelThanTheWaitingOneIsTheNextOnes() {
    Api api = parse("""
        /v1/users

        Method: POST

        Creates items.

        /v1/items

        Method: GET
        """);

    assertEquals(List.of("GET /v1/items"), api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }
}
