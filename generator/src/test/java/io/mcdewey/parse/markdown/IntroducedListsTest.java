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

  @Test
  void itemsUnderACaptionOfValuesAreValuesNotParameters() {
    var api = parse("""
        ## List kennels

        ### HTTP Request

        `GET https://api.example.com/v1/kennels`

        ### Query Parameters

        Parameter | Type | Description
        --------- | ---- | -----------
        filters | array | Keeps the kennels that match

        ***Possible Filter Values:***

        - city (string)
        - size (small/large)

        The list is paged.
        """);

    assertEquals(List.of("filters query null"), described(operation(api, "GET", "/v1/kennels")));
  }

  @Test
  void proseNamesNoParametersBesideTheOnesAListDocumentsButCompletesThem() {
    var api = parse("""
        ## Update a kennel

        `POST /v1/kennels/{kennel}`

        ### Header parameters

        The optional header parameters fill the `author` and `comment` fields of the `audit` record.
        The `X-Author` parameter is required.

        * `X-Author`
          * A string naming the author
        * `X-Comment` (optional)
          * A string describing the change
        """);

    assertEquals(List.of("kennel path true", "X-Author header true", "X-Comment header false"),
        described(operation(api, "POST", "/v1/kennels/{kennel}")));
  }

  @Test
  void aCaptionThatDoesNotSayItsItemsAreAParametersValuesListsParameters() {
    var api = parse("""
        ## List kennels

        `GET /v1/kennels`

        Options:

        - `limit` (integer) - At most this many
        - `offset` (integer) - Skip this many
        """);

    assertEquals(List.of("limit query null", "offset query null"), described(operation(api, "GET", "/v1/kennels")));
  }

  @Test
  void aTableUnderAHeadingOfOptionalParametersListsOptionalOnes() {
    var api = parse("""
        ## List kennels

        `GET /v1/kennels`

        #### Optional Query Parameters

        | Parameter | Description |
        |---|---|
        | city | Where they are |
        """);

    assertEquals(List.of("city query false"), described(operation(api, "GET", "/v1/kennels")));
  }

  @Test
  void aLabelQualifiedAsOptionalSaysItOfTheTableUnderItOnly() {
    var api = parse("""
        ## Posts

        GET /api/posts

        Query params (optional):
        | Param | Description |
        |---|---|
        category | The category to list |
        limit | How many posts |

        Signing parameters below.

        | Param | Description |
        |---|---|
        signature | The request's signature |
        """);

    assertEquals(List.of("category query false", "limit query false", "signature query null"),
        described(operation(api, "GET", "/api/posts")));
  }
}
