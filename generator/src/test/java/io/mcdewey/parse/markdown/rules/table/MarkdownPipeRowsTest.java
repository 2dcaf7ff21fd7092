package io.mcdewey.parse.markdown.rules.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownPipeRowsTest {

  @Test
  void delimiterCellsAreToldWithoutRecursingOverALongRow() {
    assertEquals(true, MarkdownPipeRows.isDelimiterRow(List.of("---", ":---:", "---|:---")));
    assertEquals(false, MarkdownPipeRows.isDelimiterRow(List.of("--", "---")));
    assertEquals(false, MarkdownPipeRows.isDelimiterRow(List.of("---x")));
    assertEquals(false, MarkdownPipeRows.isDelimiterRow(List.of("---|")));
    String longRow = "---|".repeat(100_000) + "---";
    assertEquals(true, MarkdownPipeRows.isDelimiterRow(List.of(longRow)));
  }

  @Test
  void aColumnNamedTwiceEndsTheHeaderOfATablePrintedACellPerLine() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        请求体
        | 参数 |
        类型 |
        必填 |
        说明 |
        | name |
        string |
        Yes |
        设备的名称 |
        | type |
        string |
        No |
        设备的类型 |
        """);

    MarkdownElement.Table table = (MarkdownElement.Table) elements.get(1);
    assertEquals(List.of("参数", "类型", "必填", "说明"), table.header());
    assertEquals(List.of(List.of("name", "string", "Yes", "设备的名称"), List.of("type", "string", "No", "设备的类型")),
        table.rows());
  }

  @Test
  void aRowOpeningWithAPipeEndsAHeaderWhoseColumnsShareAKind() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        | 参数 |
        类型 |
        说明 |
        备注 |
        | name |
        string |
        设备的名称 |
        无 |
        """);

    MarkdownElement.Table table = (MarkdownElement.Table) elements.get(0);
    assertEquals(List.of("参数", "类型", "说明", "备注"), table.header());
    assertEquals(List.of(List.of("name", "string", "设备的名称", "无")), table.rows());
  }

}
