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
  void severalUrlParametersNoneOfWhichIsInThePathAreTheQuerys() {
    var api = parse("""
        ## Reply to a ticket

        ### HTTP Request

        `POST https://api.example.com/v2/tickets/<ticket_id>/responses`

        ### URL Parameters

        Parameter | Type | Required | Description
        --------- | ---- | -------- | -----------
        content | text | yes | The reply
        close_ticket | text | no | Whether the reply closes it
        """);

    assertEquals(List.of("ticket_id path true", "content query true", "close_ticket query false"),
        described(operation(api, "POST", "/v2/tickets/{ticket_id}/responses")));
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
  void htmlCommentsBetweenDocusaurusCodeTabsCaptionTheirTabs() {
    var api = parse("""
        ## Update a kennel

        `POST /v1/kennels/{kennel}`

        ### Responses

        <!--DOCUSAURUS_CODE_TABS-->

        <!--200 SUCCESS-->
        *Updated*
        <!--404 NOT FOUND-->
        *No such kennel*

        <!--END_DOCUSAURUS_CODE_TABS-->
        """);

    assertEquals(List.of(200, 404), MarkdownParserTest.statuses(operation(api, "POST", "/v1/kennels/{kennel}")));
  }
}
