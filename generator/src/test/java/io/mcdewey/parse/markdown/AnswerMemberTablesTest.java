package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A table whose names are members of the JSON answer shown above it, or that stands under an answer's label alone on
 * its line, describes that answer, not the request.
 */
class AnswerMemberTablesTest {

  @Test
  void aTableOfTheMembersOfTheAnswerAboveItUnderABodilessRequestDescribesTheAnswer() {
    Api api = parse("""
        ## List kennels

        `GET /kennels` returns a page of kennels.

        Accepted parameters:

        * `page` - the page
        * `per_page` - its size

        ```json
        {"items": [{"id": "123", "name": "North", "created_at": "2024-01-01"}]}
        ```

        Each item holds:

         Name | Type | Description
        ---- | --- | ---
         id  | string | Its id
         name | string | Its name
         created_at | string | When it opened
        """);

    assertEquals(List.of("page query null", "per_page query null"), described(operation(api, "GET", "/kennels")));
  }

  @Test
  void aTableOfTheMembersOfARequestsBodyShownAboveItListsTheRequestsFields() {
    Api api = parse("""
        ## Open a kennel

        `POST /kennels`

        ```json
        {"name": "North", "size": 12}
        ```

        | Name | Type | Description |
        |---|---|---|
        | name | string | Its name |
        | size | integer | How many dogs |
        """);

    assertEquals(List.of("name body null", "size body null"), described(operation(api, "POST", "/kennels")));
  }

  @Test
  void aLabelOfParametersAfterTheAnswerPutsTheTableUnderItBackInTheRequest() {
    Api api = parse("""
        ## Find kennels

        `GET /kennels`

        ```json
        {"name": "North", "size": 12}
        ```

        ### Query parameters

        | Name | Type | Description |
        |---|---|---|
        | name | string | Its name |
        | size | integer | How many dogs |
        """);

    assertEquals(List.of("name query null", "size query null"), described(operation(api, "GET", "/kennels")));
  }

  @Test
  void aTableOfFieldsUnderAnAnswersLabelAloneAndTheSentenceDescribingItIsTheAnswers() {
    Api api = parse("""
        ## List kennels

        GET /kennels

        Query Parameters

        | Name | Type | Description |
        |---|---|---|
        | limit | integer | At most this many |

        Response

        Paginated list of kennels

        | Name | Type | Description |
        |---|---|---|
        | _self | string | This page |
        | _next | string | The next page |
        """);

    assertEquals(List.of("limit query null"), described(operation(api, "GET", "/kennels")));
  }

  @Test
  void theNextLabelEndsWhatAnAnswersLabelLabels() {
    Api api = parse("""
        ## List kennels

        GET /kennels

        Response

        Paginated list of kennels

        Query Parameters

        | Name | Type | Description |
        |---|---|---|
        | limit | integer | At most this many |
        | cursor | string | Where the next page starts |
        """);

    assertEquals(List.of("limit query null", "cursor query null"), described(operation(api, "GET", "/kennels")));
  }

  @Test
  void aCodeSampleCallingTheEndpointOrAColumnOfPlacesKeepsATableTheRequests() {
    Api api = parse("""
        ## List orders

        `GET /orders/{id}`

        ```python
        resp = requests.get("https://api.example.com/orders", params={"status": "paid", "limit": 10})
        ```

        | Parameter | Type | Description |
        |---|---|---|
        | status | string | Only orders in this status |
        | limit | integer | How many |

        ```json
        {"id": "o1", "status": "paid", "limit": 3}
        ```

        | Parameter | In | Description |
        |---|---|---|
        | id | path | The order |
        | status | query | Its status |
        """);

    assertEquals(List.of("id path true", "status query null", "limit query null"),
        described(operation(api, "GET", "/orders/{id}")));
  }

  @Test
  void aGenericExampleLabelOverABodyLeavesTheTableUnderItTheRequests() {
    Api api = parse("""
        ## Create a note

        `POST /notes`

        **Example**

        ```json
        {"id": "n1", "title": "Groceries"}
        ```

        The request accepts the following fields:

        | Name | Type | Required | Description |
        |---|---|---|---|
        | title | string | yes | Its title |
        | body | string | no | Its text |
        """);

    assertEquals(List.of("title body true", "body body false"), described(operation(api, "POST", "/notes")));
  }
}
