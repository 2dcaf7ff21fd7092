package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static io.mcdewey.parse.markdown.MarkdownParserTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Calls that fill in a request's variables with words, shown as its examples rather than documented. */
class ExampleCallsOfATemplateTest {

  @Test
  void aCallUnderAnExamplesLabelShowsTheRequestItFillsIn() {
    Api api = parse("""
        # Get Incident

        # Method

        GET `/incident/{id}`

        # Result

        | Name | Value | Description |
        | --- | --- | --- |
        | id | String | The incident's id. |
        | activityId | String | The activity it happened in. |

        # Response Codes

        | Code | Description |
        | --- | --- |
        | 200 | The incident. |
        | 404 | No such incident. |

        # Example

        ## Request

        GET `/incident/anIncidentId`
        """);

    assertEquals(1, api.operations().size(), api.operations().toString());
    assertEquals(List.of("id path true"), described(operation(api, "GET", "/incident/{id}")));
    assertEquals(List.of(200, 404), statuses(operation(api, "GET", "/incident/{id}")));
  }

  @Test
  void aBlockPrintingACallWithItsBodyShowsTheRequestItFillsIn() {
    Api api = parse("""
        Create Credential
        =====

            POST /clusters/:clusterName/credentials/:alias

        **Examples**

        Adding a credential under the alias 'external.db'.

            POST /clusters/c1/credentials/external.db

            {"Credential": {"principal": "db_admin"}}

            201 Created
        """);

    assertEquals(1, api.operations().size(), api.operations().toString());
    assertEquals(1,
        operation(api, "POST", "/clusters/{clusterName}/credentials/{alias}").requestBody().examples().size());
  }

  @Test
  void aCallAloneOnItsLineOutsideAnExampleIsAnEndpointOfItsOwn() {
    Api api = parse("""
        ## Users

        `GET /users/{id}` reads a user.

        `GET /users/me` reads the caller.
        """);

    assertEquals(2, api.operations().size(), api.operations().toString());
  }

  @Test
  void aWordThatReadsAsARoutesNameIsNoValueOfAVariable() {
    Api api = parse("""
        ## Users

        ```
        POST /users/{id}
        ```

        ```
        POST /users/bulk
        Content-Type: application/json

        [{"name": "a"}]
        ```
        """);

    assertEquals(List.of("POST /users/{id}", "POST /users/bulk"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }

}
