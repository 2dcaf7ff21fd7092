package io.mcdewey.parse.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A row of a parameter table whose name cell alone holds a sentence: a note on the rows, not a field. */
class TableNoteRowsTest {

  @Test
  void aSentenceFillingTheNameCellAloneIsNoField() {
    MarkdownElement.Table table = new MarkdownElement.Table(List.of("参数", "必需", "类型", "描述"),
        List.of(List.of("sort", "No", "String", "排序"),
            List.of("The general paging and sorting parameters can be used for this URL."),
            List.of("可以使用paging and sorting query-parameters.", "", "", ""),
            List.of("order direction", "No", "String", "asc or desc.")), 1, false);

    assertEquals(List.of("sort", "order"),
        MarkdownTableRows.of(table).parameters(null, null).stream().map(MarkdownParameter::name).toList());
  }
}
