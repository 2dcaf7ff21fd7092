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
 * Pages that head an endpoint deeper than its parts (raml2html: the endpoint an {@code h4}, its parameters an
 * {@code h3}, each answer an {@code h2}): the parts stay the endpoint's.
 */
class PartsHeadedAboveTheirEndpointTest {


  @Test
  void parametersAnswersAndBodiesHeadedAboveTheEndpointStayItsOwn() {
    Api api = parse("""
        # Loans API

        ### Titles

        #### get /titles

        Search the catalogue.

        ### Query Parameters

        - q: required (string)

        ## HTTP status code 200

        Matching titles.

        ### Body

        Type: array of Title

        ## HTTP status code 400

        The query is too short.

        #### get /titles/{isbn}

        One title.

        ## HTTP status code 404

        No such title.
        """);

    assertEquals(List.of("q query true"), described(operation(api, "GET", "/titles")));
    assertEquals(List.of(200, 400), statuses(operation(api, "GET", "/titles")));
    assertEquals(List.of(404), statuses(operation(api, "GET", "/titles/{isbn}")));
  }

  @Test
  void anErrorsChapterAfterAnEndpointIsThePagesOwn() {
    Api api = parse("""
        # Kennel API

        ## Delete a kennel

        `DELETE /kennels/{id}`

        ### Responses

        | Status | Meaning |
        | --- | --- |
        | 204 | No Content |

        # Errors

        | Status | Meaning |
        | --- | --- |
        | 500 | Internal Server Error |
        """);

    assertEquals(List.of(204), statuses(api.operations().get(0)));
  }
}
