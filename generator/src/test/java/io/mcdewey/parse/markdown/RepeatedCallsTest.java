package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import org.junit.jupiter.api.Test;

/** A subsection printing again the call its section documents under a path heading and a method label. */
class RepeatedCallsTest {

  @Test
  void aCallPrintedAgainUnderThePathHeadingAndMethodLabelIsNoSecondEndpoint() {
    Api api = parse("""
        # Kennels

        ## /kennels/

        ### Method: GET

        Reads one kennel.

        #### Call

        ```
        GET /kennels/

        {"id": "<string>"}
        ```

        Data parameters

        - `id`: the kennel's identifier.

        ## /dogs

        ### Method: GET

        Lists the dogs.

        #### Call

        ```
        POST /dogs
        ```
        """);

    assertEquals(3, api.operations().size(), () -> api.operations().toString());
    assertEquals(java.util.List.of("id query null"), described(operation(api, "GET", "/kennels/")));
    operation(api, "POST", "/dogs");
  }
}
