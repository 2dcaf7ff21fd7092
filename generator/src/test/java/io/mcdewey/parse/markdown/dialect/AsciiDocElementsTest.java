package io.mcdewey.parse.markdown.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.List;
import org.junit.jupiter.api.Test;

class AsciiDocElementsTest {

  @Test
  void knowsAsciiDocByItsFileNameOrItsDocumentHeader() {
    assertTrue(AsciiDocElements.isAsciiDoc("docs/api-guide.adoc", "anything"));
    assertTrue(AsciiDocElements.isAsciiDoc("guide.txt", "= Kennel API\nDev team\n:doctype: book\n"));
    assertTrue(AsciiDocElements.isAsciiDoc("guide.txt", "// generated\n= Kennel API\n:toc: left\n"));
    assertFalse(AsciiDocElements.isAsciiDoc("guide.md", "# Kennel API\n\n:emoji: is not an attribute here\n"));
  }

  @Test
  void knowsAsciiDocByItsDocumentTitleAndSectionTitlesWithoutAHeader() {
    assertTrue(AsciiDocElements.isAsciiDoc("rest-api-groups.txt", "= Groups REST API\n\nText.\n\n== Endpoints\n"));
    assertFalse(AsciiDocElements.isAsciiDoc("notes.txt", "= Groups REST API\n\nNo section titles.\n"));
    assertFalse(AsciiDocElements.isAsciiDoc("guide.md", "# Groups\n\nx == y holds.\n"));
  }

  @Test
  void readsSectionTitlesAsHeadingsAndSkipsTheDocumentHeaderAnchorsAndComments() {
    List<MarkdownElement> elements = AsciiDocElements.read("""
        = Kennel API
        Dev team;
        :toc: left

        // not for readers
        [[kennels]]
        == Kennels

        ////
        GET /hidden
        ////
        === Listing kennels ===
        """);
    assertEquals(List.of(
        new MarkdownElement.Heading(1, "Kennel API", 1, false),
        new MarkdownElement.Heading(2, "Kennels", 7, false),
        new MarkdownElement.Heading(3, "Listing kennels", 12, false)), elements);
  }

  @Test
  void readsParagraphLinesWithTheirLiteralsAndParagraphStart() {
    List<MarkdownElement> elements = AsciiDocElements.read("""
        A `GET` request lists the kennels,
        see <<paging,Paging>> and link:https://example.org/spec[the spec].
        """);
    assertEquals(List.of(
        new MarkdownElement.TextLine("A GET request lists the kennels,", 1, false,
            List.of(new MarkdownElement.TextLine.Literal(2, "GET")), 1),
        new MarkdownElement.TextLine("see Paging and the spec.", 2, false, List.of(), 1)), elements);
  }

  @Test
  void readsListItemsAndDescriptionListEntriesAsListLines() {
    List<MarkdownElement> elements = AsciiDocElements.read("""
        * `limit` - at most this many
          kennels, 20 when left out
        `owner`:: Only the kennels of this owner
        """);
    assertEquals(List.of(
        new MarkdownElement.TextLine("limit - at most this many", 1, true,
            List.of(new MarkdownElement.TextLine.Literal(0, "limit")), 1),
        new MarkdownElement.TextLine("kennels, 20 when left out", 2, false, List.of(), 1),
        new MarkdownElement.TextLine("owner: Only the kennels of this owner", 3, true,
            List.of(new MarkdownElement.TextLine.Literal(0, "owner")), 3)), elements);
  }

  @Test
  void readsListingBlocksAsCodeWithTheSourceLanguage() {
    List<MarkdownElement> elements = AsciiDocElements.read("""
        .Example request
        [source,http,options="nowrap"]
        ----
        GET /kennels/7 HTTP/1.1
        Host: localhost:8080
        ----

        ....
        == not a title
        ....
        """);
    assertEquals(List.of(
        new MarkdownElement.TextLine("Example request", 1, false, List.of(), 1),
        new MarkdownElement.Code("http", "GET /kennels/7 HTTP/1.1\nHost: localhost:8080\n", 3),
        new MarkdownElement.Code("", "== not a title\n", 8)), elements);
  }

  @Test
  void readsWhatCompoundBlocksHoldAsIfTheyStoodOutside() {
    List<MarkdownElement> elements = AsciiDocElements.read("""
        [NOTE]
        ====
        Deleting a kennel is final.
        ====
        """);
    assertEquals(List.of(new MarkdownElement.TextLine("Deleting a kennel is final.", 3, false, List.of(), 3)),
        elements);
  }

  @Test
  void readsABlockTitleAsALineBeforeItsTable() {
    List<MarkdownElement> elements = AsciiDocElements.read("""
        .+/kennels/{id}+
        |===
        |Parameter|Description

        |`+id+`
        |The kennel's id
        |===
        """);
    assertEquals(List.of(
        new MarkdownElement.TextLine("/kennels/{id}", 1, false, List.of(), 1),
        new MarkdownElement.Table(List.of("Parameter", "Description"), List.of(List.of("id", "The kennel's id")), 2,
            false)), elements);
  }

  @Test
  void closesATableAtTheDelimiterThatOpenedIt() {
    List<MarkdownElement> elements = AsciiDocElements.read("""
        |=====
        |Name |Description
        |limit |At most this many
        |=====

        == Listing kennels
        """);
    assertEquals(new MarkdownElement.Heading(2, "Listing kennels", 6, false), elements.get(elements.size() - 1));
  }

  @Test
  void skipsPreprocessorDirectivesAndReadsLiteralParagraphsAsCode() {
    List<MarkdownElement> elements = AsciiDocElements.read("""
        include::{snippets}/list-kennels/http-request.adoc[]
        ifdef::env-github[]
        endif::[]

         [{"id": 1}]

        [source%nowrap,http]
        ----
        GET /kennels HTTP/1.1
        ----
        """);
    assertEquals(List.of(new MarkdownElement.Code("", "[{\"id\": 1}]\n", 5),
        new MarkdownElement.Code("http", "GET /kennels HTTP/1.1\n", 8)), elements);
  }

  @Test
  void readsATitleLineFollowedByAVeryLongRunOfSpaces() {
    String line = "== a" + " ".repeat(50_000) + "b";
    assertEquals(List.of(new MarkdownElement.Heading(2, "a b", 1, false)), AsciiDocElements.read(line));
  }

  @Test
  void aLiteralLineEndsWhereASectionTitleOpensTheNextLineAsRDocWritesThem() {
    List<MarkdownElement> elements = AsciiDocElements.read("""
        = Trips API

        == Users
        === To get an account
         GET /users/:id
        === To create an account
         POST /users
        """);

    assertEquals(List.of("Heading:Trips API", "Heading:Users", "Heading:To get an account", "Code:GET /users/:id\n",
        "Heading:To create an account", "Code:POST /users\n"), elements.stream().map(element ->
            element instanceof MarkdownElement.Heading heading ? "Heading:" + heading.text()
                : element instanceof MarkdownElement.Code code ? "Code:" + code.content() : element.toString())
        .toList());
  }
}
