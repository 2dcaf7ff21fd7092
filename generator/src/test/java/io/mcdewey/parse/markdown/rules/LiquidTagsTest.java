package io.mcdewey.parse.markdown.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.model.Api;
import io.mcdewey.model.Operation;
import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import io.mcdewey.parse.markdown.MarkdownParserTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiquidTagsTest {

  @Test
  void readsATabTitleAsACaptionHeading() {
    assertEquals(List.of(new MarkdownElement.Heading(6, "201: Created The order", 4, false)),
        LiquidTags.elements("{% tab title=\"201: Created The order\" %}", 4));
  }

  @Test
  void aTabsTitleMayRunOverLinesOfItsParagraph() {
    List<String> lines = List.of("{% tab title=\"401 Wrong credentials", "Check the password.\" %}", "after");
    assertEquals(1, LiquidTags.tagEnd(lines, 0));
    assertEquals(List.of(new MarkdownElement.Heading(6, "401 Wrong credentials Check the password.", 7, false)),
        LiquidTags.elementsOver(lines, List.of(7, 8, 9), 0, 1));
    assertEquals(0, LiquidTags.tagEnd(List.of("{% endtab %}"), 0));
    assertEquals(-1, LiquidTags.tagEnd(List.of("{% tab title=\"never closed", "a", "b", "c", "d %}"), 0));
    assertEquals(-1, LiquidTags.tagEnd(List.of("GET /users"), 0));
  }

  @Test
  void readsAnApiMethodTagAsAnEndpointsHeadingAndRequestLine() {
    assertEquals(List.of(new MarkdownElement.Heading(5, "/v1/orders/:id", 2, false),
        new MarkdownElement.TextLine("GET https://api.example.com/v1/orders/:id", 2, false)),
        LiquidTags.elements("{% api-method method=\"get\" host=\"https://api.example.com\" path=\"/v1/orders/:id\" %}",
            2));
  }

  @Test
  void readsTheOlderBlocksParameterGroupsAsLabelsTheirParametersAsRowsAndTheirAnswersAsCaptions() {
    assertEquals(List.of(new MarkdownElement.TextLine("Query Parameters", 4, false)),
        LiquidTags.elements("{% api-method-query-parameters %}", 4));
    assertEquals(List.of(new MarkdownElement.Table(List.of("Name", "Type", "Required"),
        List.of(List.of("page_size", "number", "false")), 5, false)),
        LiquidTags.elements("{% api-method-parameter name=\"page\\_size\" type=\"number\" required=false %}", 5));
    assertEquals(List.of(new MarkdownElement.Heading(6, "201", 9, false)),
        LiquidTags.elements("{% api-method-response-example httpCode=201 %}", 9));
    assertEquals(List.of(), LiquidTags.elements("{% endapi-method-query-parameters %}", 10));
  }

  @Test
  void readsGitBooksOpenApiBlocksAsAnEndpointsHeadingRequestLineParameterRowAndCaption() {
    assertEquals(List.of(new MarkdownElement.Heading(5, "Get a category", 3, false),
        new MarkdownElement.TextLine("GET https://api.example.com/api/categories/:id", 3, false)),
        LiquidTags.elements("{% swagger baseUrl=\"https://api.example.com\" path=\"/api/categories/:id\""
            + " method=\"get\" summary=\"Get a category\" %}", 3));
    assertEquals(List.of(new MarkdownElement.Table(List.of("Name", "In", "Type", "Required", "Description"),
        List.of(List.of("id", "path", "string", "true", "")), 7, false)),
        LiquidTags.elements("{% swagger-parameter name=\"id\" type=\"string\" required=\"true\" in=\"path\" %}",
            7));
    assertEquals(List.of(new MarkdownElement.Heading(6, "400", 9, false)),
        LiquidTags.elements("{% swagger-response status=\"400\" description=\"\" %}", 9));
  }

  @Test
  void titlesAnOlderBlockByTheSummaryUnderIt() {
    List<String> lines = List.of("{% api-method method=\"get\" host=\"https://x\" path=\"/v1/cakes/:id\" %}",
        "{% api-method-summary %}", "Get a cake", "{% endapi-method-summary %}");

    assertEquals(new MarkdownElement.Heading(5, "Get a cake", 7, false),
        LiquidTags.elements(lines, List.of(7, 8, 9, 10), 0).get(0));
  }

  @Test
  void anOlderBlocksParametersGoWhereTheirGroupSays() {
    Api api = MarkdownParserTest.parse("""
        # Cakes

        {% api-method method="post" host="https://api.example.com" path="/v1/cakes" %}
        {% api-method-summary %}
        Bake a cake
        {% endapi-method-summary %}
        {% api-method-spec %}
        {% api-method-request %}
        {% api-method-headers %}
        {% api-method-parameter name="api_key" type="string" required=true %}
        The caller's key.
        {% endapi-method-parameter %}
        {% endapi-method-headers %}
        {% api-method-query-parameters %}
        {% api-method-parameter name="dry_run" type="boolean" required=false %}
        Checks the order only.
        {% endapi-method-parameter %}
        {% endapi-method-query-parameters %}
        {% api-method-body-parameters %}
        {% api-method-parameter name="flavour" type="string" required=true %}
        The cake's flavour.
        {% endapi-method-parameter %}
        {% endapi-method-body-parameters %}
        {% endapi-method-request %}
        {% endapi-method-spec %}
        {% endapi-method %}
        """);

    Operation bake = api.operations().get(0);
    assertEquals("Bake a cake", bake.title());
    assertEquals(List.of("dry_run query false", "api_key header true", "flavour body true"),
        MarkdownParserTest.described(bake));
  }

  @Test
  void takesOtherTagsForNothingAndTextForNoTag() {
    assertTrue(LiquidTags.isTag("{% endtab %}"));
    assertEquals(List.of(), LiquidTags.elements("{% hint style=\"info\" %}", 1));
    assertFalse(LiquidTags.isTag("Use {% raw %} in text"));
  }

  @Test
  void leavesNoTagInTheElementStream() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        {% tabs %}
        {% tab title="404: Not Found" %}
        No such order.
        {% endtab %}
        {% endtabs %}
        """);

    assertEquals(List.of(new MarkdownElement.Heading(6, "404: Not Found", 2, false),
        new MarkdownElement.TextLine("No such order.", 3, false, List.of(), 1)), elements);
  }
}
