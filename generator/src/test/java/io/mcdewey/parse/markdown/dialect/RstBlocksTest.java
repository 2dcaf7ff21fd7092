package io.mcdewey.parse.markdown.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How reStructuredText explicit markup reads, through commonmark and {@link RstExplicitMarkup}. */
class RstBlocksTest {

  @Test
  void readsAnHttpDirectiveAsAHeadingItsRequestLineAndItsFields() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        .. http:get:: /kennels/{kennel}/dogs
            :synopsis: Lists the dogs of a kennel

            Answers with the dogs in name order.

            :param kennel: The kennel's id
            :query integer limit: At most this many dogs,
              counted from the first. *Optional*
            :statuscode 200: The dogs
        """);

    assertEquals(new MarkdownElement.Heading(6, "Lists the dogs of a kennel", 1, false), elements.get(0));
    assertEquals("GET /kennels/{kennel}/dogs", ((MarkdownElement.TextLine) elements.get(1)).text());
    List<MarkdownElement.FieldListItem> fields = elements.stream()
        .filter(MarkdownElement.FieldListItem.class::isInstance).map(MarkdownElement.FieldListItem.class::cast)
        .toList();
    assertEquals(List.of("synopsis", "param", "query", "statuscode"),
        fields.stream().map(MarkdownElement.FieldListItem::name).toList());
    assertEquals(new MarkdownElement.FieldListItem("query", List.of("integer", "limit"),
        "At most this many dogs, counted from the first. Optional", 7), fields.get(2));
  }

  @Test
  void aDirectivesOptionsAreFieldsAndAUrlKeepsItsEmphasizedSegmentsAsVariables() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        .. endpoint::
           :method: PATCH
           :url: https://api.example.com/v2/customers/*customerId*/mandates/*id*

        Changes a *mandate*.
        """);

    assertEquals(new MarkdownElement.FieldListItem("method", List.of(), "PATCH", 2), elements.get(0));
    assertEquals(new MarkdownElement.FieldListItem("url", List.of(),
        "https://api.example.com/v2/customers/{customerId}/mandates/{id}", 3), elements.get(1));
    assertEquals("Changes a mandate.", ((MarkdownElement.TextLine) elements.get(2)).text());
  }

  @Test
  void readsCodeBlockDirectivesAsCodeWithTheirLanguage() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        .. code-block:: http

            GET /kennels HTTP/1.1
            Host: kennels.example.com
        """);

    MarkdownElement.Code code = assertInstanceOf(MarkdownElement.Code.class, elements.get(0));
    assertEquals("http", code.info());
    assertEquals("GET /kennels HTTP/1.1\nHost: kennels.example.com\n", code.content());
  }

  @Test
  void aCodeBlocksOptionsAreNoCodeAndItsCaptionIsALineBeforeIt() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        .. code-block:: text
            :caption: Response status
            :linenos:

            200 OK
        """);

    assertEquals("Response status", assertInstanceOf(MarkdownElement.TextLine.class, elements.get(0)).text());
    assertEquals("200 OK\n", assertInstanceOf(MarkdownElement.Code.class, elements.get(1)).content());
  }

  @Test
  void dropsCommentsAndLinkTargetsAndKeepsTheMarkdownAround() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        .. A comment that spans
           two lines.

        .. _kennels:

        Kennels hold dogs.
        """);

    assertEquals(List.of(new MarkdownElement.TextLine("Kennels hold dogs.", 6, false, List.of(), 6)), elements);
  }

  @Test
  void saysWhatADeprecatedDirectiveDeprecates() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        .. deprecated:: 2.1
            Use the list of kennels instead.
        """);

    assertEquals(List.of("Deprecated 2.1", "Use the list of kennels instead."),
        elements.stream().map(e -> ((MarkdownElement.TextLine) e).text()).toList());
  }

  @Test
  void keepsTheLiteralsOfBodyTextWithTheirPlaces() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        .. note::
            Set ``limit`` with :ref:`paging <paging>` in mind.
        """);

    MarkdownElement.TextLine line = (MarkdownElement.TextLine) elements.get(0);
    assertEquals("Set limit with paging in mind.", line.text());
    assertEquals(List.of(new MarkdownElement.TextLine.Literal(4, "limit")), line.literals());
  }

  @Test
  void readsTheListsOfOsApiRefDirectivesAsTablesOfOneColumn() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        .. rest_parameters:: parameters.yaml

          - name: kennel_name
          - city: kennel_city

        .. rest_status_code:: error status.yaml

           - 404
           - 409: conflict_kennel
        """);

    assertEquals(List.of(
        new MarkdownElement.Table(List.of("Parameter"), List.of(List.of("name"), List.of("city")), 1, false),
        new MarkdownElement.Table(List.of("Status"), List.of(List.of("404"), List.of("409")), 6, false)), elements);
  }

  @Test
  void aFieldHoldingABulletListIsItsNameThenItsItemsNestedAsIndentedAndAnIndentedRunIsRead() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        .. http:post:: /groups

            :JSON Parameters:
              * **data** `(dictionary)` -- The fields
                  * **name** `(string)` -- The name
           :status 200: Success
        """);

    assertEquals(new MarkdownElement.FieldListItem("JSON", List.of("Parameters"), "", 3), elements.get(2));
    assertEquals(new MarkdownElement.TextLine("data (dictionary) -- The fields", 4, true, List.of(), 4, false),
        elements.get(3));
    assertEquals(new MarkdownElement.TextLine("name (string) -- The name", 5, true, List.of(), 5, true),
        elements.get(4));
    assertEquals("status", ((MarkdownElement.FieldListItem) elements.get(5)).name());
  }

  @Test
  void aFieldOfTheDomainKeepsItsListAsItsText() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        .. http:get:: /users

            :query sort:
               - ``name`` -- by name
               - ``created`` -- by date
        """);

    assertEquals(new MarkdownElement.FieldListItem("query", List.of("sort"), "- name -- by name - created -- by date",
        3), elements.get(2));
  }
}
