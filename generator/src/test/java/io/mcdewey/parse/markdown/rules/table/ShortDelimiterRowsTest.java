package io.mcdewey.parse.markdown.rules.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShortDelimiterRowsTest {

  @Test
  void widensADelimiterRowShorterThanTheHeaderAboveIt() {
    assertEquals("Body\n| Name | Required | Type |\n|---|---|---|\n| id | yes | int |",
        ShortDelimiterRows.widened("Body\n| Name | Required | Type |\n|---|\n| id | yes | int |"));
  }

  @Test
  void writesADelimiterRowWithASpaceInsideACellAsGfmReadsOne() {
    assertEquals("| Name | Type |\n|---|---|\n| id | int |",
        ShortDelimiterRows.widened("| Name | Type |\n|:-------- :|:----:|\n| id | int |"));
    assertEquals("| Name | Type |\n| --- | --- |", ShortDelimiterRows.widened("| Name | Type |\n| --- | --- |"),
        "spaces around the dashes only");
  }

  @Test
  void leavesRowsInsideATableFencesAndDelimitersAsWideAsTheirHeaderAlone() {
    String markdown = """
        | a | b |
        |---|---|
        | 1 | 2 |
        |---|
        ```
        | x | y |
        |---|
        ```
        | c | d |
        |:--|--:|
        """;
    assertEquals(markdown, ShortDelimiterRows.widened(markdown));
  }

  @Test
  void aTableWhoseDelimiterRowWasWidenedIsReadWithItsRowsAfterACaptionLine() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        Header parameters
        | 参数 | 是否必填 | 示例 |
        |---|
        | regionId | 是 | r1 |
        Body parameters
        | 参数 | 是否必填 | 示例 |
        |---|
        | name | 是 | test |
        """);

    List<MarkdownElement> tables = elements.stream().filter(e -> e instanceof MarkdownElement.Table).toList();
    assertEquals(2, tables.size(), elements.toString());
    assertEquals(List.of(List.of("name", "是", "test")), ((MarkdownElement.Table) tables.get(1)).rows());
    assertEquals(6, tables.get(1).line());
  }
}
