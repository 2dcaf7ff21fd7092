package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.statuses;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import io.mcdewey.model.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where raw HTTP messages show an endpoint and where they only show an exchange, and how tables of typed paths and
 * Optional columns read.
 */
class ExampleMessagesAndFieldTablesTest {


  private static List<String> endpoints(Api api) {
    return api.operations().stream().map(o -> o.method() + " " + o.path()).toList();
  }

  @Test
  void aTutorialsExchangeUnderNoLabelShowsNoEndpoint() {
    Api api = parse("""
        # Kennel API

        ## Authentication

        Send the token you were given:

        ```http
        GET /account HTTP/1.1
        Authorization: Bearer x
        ```

        Without it the answer is:

        ```http
        HTTP/1.1 401 Unauthorized
        WWW-Authenticate: Bearer
        ```
        """);

    assertEquals(List.of(), endpoints(api));
  }

  @Test
  void exampleMessagesWithStatusesAloneShowNoEndpoint() {
    Api api = parse("""
        # Kennel API

        ## Pagination

        ### Example request

        ```http
        GET /kennels/7/dogs?page=2 HTTP/1.1
        Host: api.example.org
        ```

        ### Example response

        ```http
        HTTP/1.1 200 OK
        Link: </kennels/7/dogs?page=3>; rel="next"
        ```
        """);

    assertEquals(List.of(), endpoints(api));
  }

  @Test
  void anAnswersStatusLineUnderNoResponseLabelCountsOnceTheSectionHasAnEndpoint() {
    Api api = parse("""
        # Kennel API

        ## Delete a kennel

        `DELETE /kennels/{id}`

        ### When the kennel still holds dogs

        ```http
        HTTP/1.1 409 Conflict
        Content-Type: application/json
        ```
        """);

    assertEquals(List.of(409), statuses(api.operations().get(0)));
  }

  @Test
  void aRequestLineWritingVariablesAfterAnExampleIsTheNextEndpoint() {
    Api api = parse("""
        # Kennels

        ## Kennels

        Example: /kennels/42

        DELETE /kennels/{id}
        """);

    assertEquals(List.of("DELETE /kennels/{id}"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }

  @Test
  void aRawMessageIndentedAsAWholeIsAnExampleOfTheRequestAboveIt() {
    Api api = parse("""
        # Groups

        ## Create Group

        `PUT /groups/{group-name}`

        Request

        ```
          PUT /groups/MyProject-Committers HTTP/1.0
          Content-Type: application/json

          {"description": "all committers"}
        ```

        Response

        ```
          HTTP/1.1 201 Created
          Content-Type: application/json
        ```
        """);

    assertEquals(List.of("PUT /groups/{group-name}"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
    assertEquals(List.of(201), statuses(api.operations().get(0)));
  }

  @Test
  void aStatusLineWithoutItsVersionOverTheBodyAloneIsAnAnswersToo() {
    Api api = parse("""
        # Hundehütten

        ## Hütte löschen

        ```http
        DELETE /kennels/{id}
        ```

        **Fehler (nicht gefunden):**
        ```json
        HTTP 404 Not Found
        {"error": "kennel not found"}
        ```
        """);

    assertEquals(List.of(404), statuses(api.operations().get(0)));
  }

  @Test
  void aTableOfRoutesWithATypeColumnNamesNoFields() {
    Api api = parse("""
        # Kennel API

        ## Kennels

        `GET /kennels` lists the kennels.

        | Resource | Type | Description |
        |---|---|---|
        | /kennels | collection | All kennels |
        | /kennels/{id} | item | One kennel |

        | Path | Type | Description |
        |---|---|---|
        | /kennels/{id}/dogs | collection | Its dogs |
        """);

    assertEquals(List.of(), described(api.operations().get(0)));
  }

  @Test
  void anOptionalColumnSaysTheOppositeOfARequiredOneButItsWordsKeepTheirMeaning() {
    Operation create = parse("""
        # Kennel API

        ## Create a dog

        `POST /dogs`

        | Path | Type | Optional | Description |
        |---|---|---|---|
        | `name` | `String` | false | The dog's name |
        | `owner.email` | `String` | true | Where to write |
        | `tag` | `String` | optional | A tag |
        | `chip` | `String` | required | Chip id |
        """).operations().get(0);

    assertEquals(List.of("name body true", "owner.email body false", "tag body false", "chip body true"),
        described(create));
  }
}
