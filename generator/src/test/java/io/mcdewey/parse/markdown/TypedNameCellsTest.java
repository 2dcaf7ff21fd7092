package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A parameter table's name cell printing the name with its type after a colon, as code declares one. */
class TypedNameCellsTest {

  @Test
  void readsTheNameAndTakesTheTypeWhereNoColumnGivesOne() {
    MarkdownElement.Table table = new MarkdownElement.Table(List.of("Parameter", "Required", "Example"),
        List.of(List.of("include_entries: bool", "false", "`?include_entries=true`"),
            List.of("page:", "false", "`?page=2`")), 1, false);

    List<MarkdownParameter> parameters = MarkdownTableRows.of(table).parameters(null, null);

    assertEquals(List.of("include_entries", "page"), parameters.stream().map(MarkdownParameter::name).toList());
    assertEquals("bool", parameters.get(0).type());
    assertEquals(false, parameters.get(0).required());
  }

  @Test
  void aQuestionMarkAfterANameMarksItOptionalAndTheNamesWithoutOneRequired() {
    var api = parse("""
        ## Create a kennel

        `POST /v1/kennels`

        | Field | Type | Description |
        | --- | --- | --- |
        | name | string | The kennel's name |
        | city? | string | Where it is |
        """);

    // As TypeScript marks an object's properties: the names without the mark are required.
    assertEquals(List.of("name body true", "city body false"), described(operation(api, "POST", "/v1/kennels")));
  }

  @Test
  void aNameWithADefaultIsNoRequiredOneThoughOthersAreMarkedOptional() {
    var api = parse("""
        ## List kennels

        `GET /v1/kennels`

        | Name | Type | Description |
        | --- | --- | --- |
        | limit? | number | How many kennels. |
        | order | string | Sort order. Defaults to `asc`. |
        | city | string | The city. |
        """);

    assertEquals(List.of("limit query false", "order query null", "city query true"),
        described(operation(api, "GET", "/v1/kennels")));
  }

}
