package io.mcdewey.parse.markdown.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.List;
import org.junit.jupiter.api.Test;

class AsciiDocTableTest {

  private static List<MarkdownElement> read(String attributes, String content) {
    return AsciiDocTable.read(content.lines().toList(), 2, attributes);
  }

  @Test
  void takesTheFirstLineAsHeaderWhenABlankLineFollowsIt() {
    assertEquals(List.of(new MarkdownElement.Table(List.of("Path", "Type", "Optional", "Description"),
        List.of(List.of("name", "String", "false", "The kennel's name"),
            List.of("size", "Number", "true", "Places for dogs")), 1, false)),
        read("", """
            |Path|Type|Optional|Description

            |`+name+`
            |`+String+`
            |false
            |The kennel's name

            |`+size+`
            |`+Number+`
            |true
            |Places for dogs
            """));
  }

  @Test
  void groupsCellsIntoRowsAsWideAsTheColsAttributeSays() {
    assertEquals(List.of(new MarkdownElement.Table(List.of("Status code", "Usage"),
        List.of(List.of("200 OK", "The request was handled"), List.of("404 Not Found", "No such kennel")), 1, false)),
        read("cols=\"1,3\",options=\"header\"", """
            | Status code | Usage
            | `200 OK`
            | The request was handled
            | `404 Not Found` | No such kennel
            """));
  }

  @Test
  void continuesACellOnTheLinesAfterItAndUnescapesSeparators() {
    assertEquals(List.of(new MarkdownElement.Table(List.of("Name", "Description"),
        List.of(List.of("sort", "name or size, a|b not allowed")), 1, false)),
        read("%header", """
            |Name |Description
            |sort |name or size,
            a\\|b not allowed
            """));
  }

  @Test
  void spreadsASpanningCellOverTheColumnsItSpans() {
    assertEquals(List.of(new MarkdownElement.Table(List.of("Name", "Type", "Description"),
        List.of(List.of("Kennel fields", "", ""), List.of("id", "Number", "The id")), 1, false)),
        read("options=header", """
            |Name |Type |Description
            3+|Kennel fields
            |id |Number |The id
            """));
  }

  @Test
  void readsAHeaderlessTableOfTwoColumnsAsNamesAndDescriptions() {
    assertEquals(List.of(new MarkdownElement.Table(List.of("Name", "Description"),
        List.of(List.of("limit", "At most this many"), List.of("owner", "Only this owner's")), 1, false)),
        read("", """
            |`limit` |At most this many
            |`owner` |Only this owner's
            """));
  }

  @Test
  void readsUnquotedColsBeforeOtherAttributesAndOptionsAsWords() {
    assertEquals(List.of(new MarkdownElement.Table(List.of("Name", "Description"),
        List.of(List.of("limit", "At most this many")), 1, false)),
        read("cols=2*,options=header", """
            |Name |Description
            |limit |At most this many
            """));
    assertEquals(List.of(new MarkdownElement.Table(List.of("Name", "Description"),
        List.of(List.of("limit", "At most this many"), List.of("page", "Page number")), 1, false)),
        read("cols=\"1,3\",caption=\"Response headers\"", """
            |`limit` |At most this many
            |`page` |Page number
            """));
  }

  @Test
  void keepsEveryRowOfAWideTableWithoutHeader() {
    assertEquals(List.of(new MarkdownElement.Table(List.of("", "", ""),
        List.of(List.of("200", "OK", "The kennels"), List.of("404", "Not Found", "No such owner")), 1, false)),
        read("", """
            |200 |OK |The kennels
            |404 |Not Found |No such owner
            """));
  }
}
