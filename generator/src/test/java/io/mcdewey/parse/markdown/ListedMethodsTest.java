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
}
