package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import io.mcdewey.model.Parameter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shapes next to those the newer rules read, where the rules must not fire. */
class RulesInTheirPlaceTest {

  private static List<String> names(Api api, String method, String path) {
    return operation(api, method, path).parameters().stream().map(Parameter::name).toList();
  }

  @Test
  void aParameterLineAfterADescriptionIsNoContinuationOfIt() {
    Api api = parse("""
        ## List items

        GET /items

        Query Parameters
        limit integer optional
        The most items to return in one page
        offset integer optional
        """);

    assertEquals(List.of("limit", "offset"), names(api, "GET", "/items"));
  }

  @Test
  void aSentenceAboutTheAnswersFieldsIntroducesNoParameters() {
    Api api = parse("""
        ## Get user

        GET /users/{id}

        The following fields are returned:

        - `name` the user's name
        """);

    assertEquals(List.of("id"), names(api, "GET", "/users/{id}"));
  }

  @Test
  void itemsOpeningWithAValueOrAMethodNameNoParameters() {
    Api api = parse("""
        ## Notes

        GET /notes

        Parameters

        - `null` values are ignored by the server.
        - `GET` requests are cached for a minute.
        """);

    assertEquals(List.of(), names(api, "GET", "/notes"));
  }

  @Test
  void itemsNestedInAnItemNamedInCodeAreItsValues() {
    Api api = parse("""
        ## List orders

        GET /orders

        These optional query parameters are accepted:

        - `status` filters by state. Valid values:
          - `active` only the active ones
          - `closed` only the closed ones
        - `limit` caps the number of orders
        """);

    assertEquals(List.of("status", "limit"), names(api, "GET", "/orders"));
  }

  @Test
  void aWordInAVariablesPlaceIsAnEndpointAndQueryValuesNameParameters() {
    Api api = parse("""
        ## Auth

        GET /auth/{method}

        GET /auth/2fa

        GET /items

        GET /items?status=archived
        """);

    assertEquals(List.of("GET /auth/{method}", "GET /auth/2fa", "GET /items"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
    assertEquals(List.of("status"), names(api, "GET", "/items"));
  }

  @Test
  void anIntroductionHoldsForItsOwnEndpointOnly() {
    Api api = parse("""
        ## Orders

        GET /orders

        Required parameters:

        - `account` the account to list

        GET /orders/{id}

        - `fields` which fields to include
        """);

    assertEquals(List.of("id path true", "fields query null"), described(operation(api, "GET", "/orders/{id}")));
  }

  @Test
  void aTableRowPrintedACellPerLineKeepsAFieldNamedLikeAType() {
    Api api = parse("""
        ## Create hook

        POST /hooks

        Body Parameters

        | Name | Type | Description |
        | --- | --- | --- |
        | url |
        | The address the hook posts to |
        |
        | events |
        | array |
        | Which events fire it |
        """);

    assertEquals(List.of("url", "events"), names(api, "POST", "/hooks"));
  }
}
