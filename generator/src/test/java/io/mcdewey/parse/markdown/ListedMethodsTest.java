package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A label of methods over the methods listed an item each, and a heading of that label grouping endpoints. */
class ListedMethodsTest {

  @Test
  void methodsListedUnderTheirLabelAreEachTheUrisBelowThem() {
    var api = parse("""
        api switch ctrl

        Methods

          • GET

          • POST

        Example of a Request

        URL: https://192.168.1.1/api/switch/ctrl?switch=4
        """);

    assertEquals(List.of("GET /api/switch/ctrl", "POST /api/switch/ctrl"),
        api.operations().stream().map(op -> op.method() + " " + op.path()).toList());
  }

  @Test
  void methodsListedUnderTheUriAreEachItsAndABaseUrlOverAListOfVerbsNamesNone() {
    var api = parse("""
        # Shop API

        Base URL: `https://api.shop.example/v1`

        ## HTTP Methods

        - GET
        - POST

        ## Product

        URI: `/products/{id}`

        Methods

        - GET
        - DELETE
        """);

    assertEquals(List.of("GET /products/{id}", "DELETE /products/{id}"),
        api.operations().stream().map(op -> op.method() + " " + op.path()).toList());
  }

  @Test
  void aHeadingOfTheLabelRightOverDeeperHeadingsGroupsTheirEndpoints() {
    var api = parse("""
        # Auctions API

        ## Methods

        ### GET /auctions

        Lists the auctions.

        ### GET /auctions/{id}

        Shows one.
        """);

    assertEquals(List.of("Methods", "Methods"), api.operations().stream().map(op -> op.group()).toList());
  }

  @Test
  void urisUnderLabelsOfTheirOwnBeforeOneMethodAreEachItsRequest() {
    var api = parse("""
        Service: Show an employee

        URL:
        https://BASE_URL/api/VERSION/employees/{id}
        URL with external_id:
        https://BASE_URL/api/VERSION/employees/reference/{id}
        Method: GET
        """);

    assertEquals(List.of("GET /api/VERSION/employees/{id}", "GET /api/VERSION/employees/reference/{id}"),
        api.operations().stream().map(op -> op.method() + " " + op.path()).toList());
  }

  @Test
  void aBlockSayingNoneUnderALabelOfParametersLeavesAStructuresTableToTheAnswer() {
    var api = parse("""
        ## Node Information API

        ### URI

              * http://<nm http address:port>/ws/v1/node

        ### HTTP Operations Supported

              * GET

        ### Query Parameters Supported

              None

        ### Elements of the *nodeInfo* object

        | Properties | Data Type | Description |
        |:---- |:---- |:---- |
        | id | long | The node's id |
        """);

    assertEquals(List.of("GET /ws/v1/node []"), api.operations().stream()
        .map(op -> op.method() + " " + op.path() + " " + op.parameters().stream().map(p -> p.name()).toList())
        .toList());
  }
}
