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
 * An overview listing endpoints that sections document again, an answer captioned by a line of its own, parameters
 * marked by a component, and example hosts with a base path of their own.
 */
class OverviewsAndAnswerCaptionsTest {

  @Test
  void theSectionOfARequestHoldsItWhateverTheOverviewNamesItsVariables() {
    Api api = parse("""
        # Kennel API

        | Method | Endpoint | Description |
        |---|---|---|
        | GET | /api/dogs/{dog_id} | Get a dog |
        | PUT | /api/dogs/{dog_id} | Change a dog |

        #### GET /api/dogs/{dogs_id}

        Reads one dog.

        | Name | Type | Required | Description |
        |---|---|---|---|
        | dogs_id | number | Yes | The dog |

        #### PUT /api/dogs/{dog_id}

        > Takes the same fields as the creation.
        """);

    assertEquals(List.of("GET /api/dogs/{dogs_id} GET /api/dogs/{dogs_id}",
        "PUT /api/dogs/{dog_id} PUT /api/dogs/{dog_id}"),
        api.operations().stream().map(op -> op.title() + " " + op.method() + " " + op.path()).toList());
  }

  @Test
  void aCaptionOverTheAnswersFieldsKeepsThemFromTheRequest() {
    Api api = parse("""
        ## POST /api/clusters/_connect

        Request Structure

        - **ip** *(string)* – address
        - **port** *(string)* – port

        Response Structure

        - **cluster_name** *(string)* – name of the cluster

        | Status Codes: | 201 Created – made, 400 Bad Request – invalid |
        |---|---|
        """);

    var connect = operation(api, "POST", "/api/clusters/_connect");
    assertEquals(List.of("ip body null", "port body null"), described(connect));
    assertEquals(List.of(201, 400), statuses(connect));
  }

  @Test
  void parametersMarkedByAComponentUnderTheirHeading() {
    Api api = parse("""
        ### GET /api/v1/sites

        #### Query parameters

        **after** <Optional />

        A page cursor.

        **site_id** <Required />

        The site.
        """);

    assertEquals(List.of("after query false", "site_id query true"),
        described(operation(api, "GET", "/api/v1/sites")));
  }

  @Test
  void aVersionInTheExamplesHostPathIsNoValueOfTheRequestLine() {
    Api api = parse("""
        ### Create a team

        ```
        POST /api/teams
        ```

        ```bash
        curl -X POST https://api.example.com/v1/teams -d '{"name": "x"}'
        ```
        """);

    assertEquals(List.of("POST /api/teams"),
        api.operations().stream().map(op -> op.method() + " " + op.path()).toList());
  }
}
