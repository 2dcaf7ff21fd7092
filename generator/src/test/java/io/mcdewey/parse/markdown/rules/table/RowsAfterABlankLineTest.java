package io.mcdewey.parse.markdown.rules.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RowsAfterABlankLineTest {

  @Test
  void readsRowsAsWideAsTheHeader() {
    assertEquals(Optional.of(List.of(List.of("resource", "Required", "Which one"), List.of("token", "Optional", "x"))),
        RowsAfterABlankLine.rows(List.of("| resource | Required | Which one |", "| token | Optional | x |"), 3));
  }

  @Test
  void readsNoRowsOfAnotherWidthNoHeaderAndNoText() {
    assertEquals(Optional.empty(), RowsAfterABlankLine.rows(List.of("| resource | Required |"), 3));
    assertEquals(Optional.empty(), RowsAfterABlankLine.rows(List.of("| Name | Type | Description |"), 3),
        "a table of its own");
    assertEquals(Optional.empty(), RowsAfterABlankLine.rows(List.of("| a | b | c |", "some text"), 3));
    assertEquals(Optional.empty(), RowsAfterABlankLine.rows(List.of("| --- | --- | --- |"), 3));
  }

  @Test
  void aTableInAListItemGoesOnAfterALineOfItsIndentOnly() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        * **Parameters**

        \t| Parameter | Resource | Note |
        \t|--|--|--|
        \t| contract_hash | Required | Contract |
        \t
        \t| group_token | Optional | Group |

        After.
        """);

    assertEquals(new MarkdownElement.Table(List.of("Parameter", "Resource", "Note"),
        List.of(List.of("contract_hash", "Required", "Contract"), List.of("group_token", "Optional", "Group")), 3,
        false), elements.get(1));
    assertEquals("After.", ((MarkdownElement.TextLine) elements.get(2)).text());
  }
}
