package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lists of parameters introduced by a sentence rather than a label, and items that open with their name as code. */
class IntroducedListsTest {

  @Test
  void aShortSentenceEndingInAColonThatNamesFieldsOpensTheirList() {
    var api = parse("""
        ## Create a kennel

        ```
        POST /v1/kennels
        ```

        Required fields:

        - `name`: The kennel's name (string)

        Optional fields:

        - `city`: Where it is (string)
        - `size` (integer)
        """);

    assertEquals(List.of("name body true", "city body false", "size body false"),
        described(operation(api, "POST", "/v1/kennels")));
  }

  @Test
  void itemsThatOpenWithANameAsCodeNameParametersOfTheListAnIntroductionOpens() {
    var api = parse("""
        ## List dogs

        `GET /v1/dogs`

        These optional GET parameters are accepted:

        - `breed=<breed>` keeps the dogs of one breed.
        - `minimal` trims every dog down to its name.

        A later sentence mentions `other` in passing.
        """);

    assertEquals(List.of("breed query false", "minimal query false"), described(operation(api, "GET", "/v1/dogs")));
  }
}
