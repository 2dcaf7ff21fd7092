package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static io.mcdewey.parse.markdown.MarkdownParserTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** API Blueprint's {@code + Attributes}: the request's fields are its parameters, an answer's are what it holds. */
class BlueprintAttributesTest {

  @Test
  void theFieldsOfAnAnswerAreNoParametersOfTheRequest() {
    var api = parse("""
        ## Make a proof [POST /v1/proof]

        + Request (application/json)

          + Attributes (object)

            + action (string, required) - What to do

        + Response 200 (application/json)

          + Attributes (object)

            + post_content (object, required) - The post to publish.
                Placeholders are filled in by the client.
            + uuid (string, required) - Send it to `POST /v1/proof/confirm` as it is.

          + Body

                {"uuid": "ed9f421d"}

        ## List proofs [GET /v1/proof]

        + Response 200 (application/json)
        """);

    assertEquals(List.of("POST /v1/proof", "GET /v1/proof"),
        api.operations().stream().map(op -> op.method() + " " + op.path()).toList());
    assertEquals(List.of("action body true"), described(operation(api, "POST", "/v1/proof")));
    assertEquals(List.of(200), statuses(operation(api, "POST", "/v1/proof")));
  }

  @Test
  void aFieldNamedAsTheLabelWithAScalarTypeIsAField() {
    var api = parse("""
        ## Search [POST /search]

        + Request (application/json)

            + Attributes
                + fields (string, optional) - The fields to return
        """);

    assertEquals(List.of("fields body false"), described(operation(api, "POST", "/search")));
  }
}
