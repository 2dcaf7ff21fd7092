package io.mcdewey.parse.markdown.rules.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunTogetherTablesTest {

  @Test
  void endsATableAtALineWithoutBordersAndReadsTheRestAsText() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        | Parameter | Mandatory | Type |
        |---|---|---|
        | kennel | Yes | String |
        Request Parameters
        | Parameter | Mandatory | Type |
        |---|---|---|
        | X-Auth-Token | Yes | String |
        """);

    assertEquals(List.of(
        new MarkdownElement.Table(List.of("Parameter", "Mandatory", "Type"), List.of(List.of("kennel", "Yes", "String")),
            1, false),
        new MarkdownElement.TextLine("Request Parameters", 4, false, List.of(), 4),
        new MarkdownElement.Table(List.of("Parameter", "Mandatory", "Type"),
            List.of(List.of("X-Auth-Token", "Yes", "String")), 5, false)), elements);
  }

  @Test
  void splitsTablesThatGfmRunsTogetherAtTheirInnerDelimiterRowsWithTheirCaption() {
    MarkdownElement.Table table = new MarkdownElement.Table(List.of("Parameter", "Type"), List.of(
        List.of("kennel", "String"), List.of("Response Parameters", ""), List.of("Field", "Type"),
        List.of("---", "---"), List.of("id", "String")), 3, false);

    assertEquals(List.of(
        new MarkdownElement.Table(List.of("Parameter", "Type"), List.of(List.of("kennel", "String")), 3, false),
        new MarkdownElement.TextLine("Response Parameters", 3, false),
        new MarkdownElement.Table(List.of("Field", "Type"), List.of(List.of("id", "String")), 3, false)),
        RunTogetherTables.split(table));
  }

  @Test
  void readsACaptionGluedToAnInnerHeadersFirstCellOff() {
    MarkdownElement.Table table = new MarkdownElement.Table(List.of("Name", "Type", "Description"), List.of(
        List.of("id", "string", "The id"), List.of("UserName", "Type", "Description"), List.of("---", "---", "---"),
        List.of("LastName", "string", "The family name")), 3, false);

    assertEquals(new MarkdownElement.Table(List.of("Name", "Type", "Description"),
        List.of(List.of("LastName", "string", "The family name")), 3, false), RunTogetherTables.split(table).get(1));
  }

  @Test
  void leavesATableWithoutInnerDelimiterRowsAlone() {
    MarkdownElement.Table table = new MarkdownElement.Table(List.of("Name", "Type"),
        List.of(List.of("id", ""), List.of("name", "string")), 3, false);

    assertEquals(List.of(table), RunTogetherTables.split(table));
  }
}
