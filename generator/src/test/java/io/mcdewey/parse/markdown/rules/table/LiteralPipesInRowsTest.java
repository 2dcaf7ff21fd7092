package io.mcdewey.parse.markdown.rules.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiteralPipesInRowsTest {

  @Test
  void escapesThePipesInsideTheCodeSpansOfARow() {
    assertEquals("| `A\\|B` | x |", LiteralPipesInRows.escapedRow("| `A|B` | x |"));
    assertEquals("| ``a\\|`b`` | `c\\|d` |", LiteralPipesInRows.escapedRow("| ``a|`b`` | `c\\|d` |"));
    assertEquals("| `open | x |", LiteralPipesInRows.escapedRow("| `open | x |"), "a span left open");
    assertEquals(3, LiteralPipesInRows.cellsAsGfmSplits("| `A|B` | x |"));
    assertEquals(2, LiteralPipesInRows.cellsAsGfmSplits("a \\| b | c"));
  }

  @Test
  void escapesOnlyRowsOfATableTooWideForItAndLeavesFencesProseAndLineNumbersAlone() {
    String markdown = """

        ```
        | Name | Note |
        |---|---|
        | `A|B` | x |
        ```json
        ```
        - `fields`: as `name|email`, joined by a pipe (|)
        | Name | Note |
        |---|---|
        | `A|B` | x |
        | ' or ` | `"` |

        | `C|D` | after a blank line |
        """;

    assertEquals(markdown.replace("| `A|B` | x |\n| '", "| `A\\|B` | x |\n| '"),
        LiteralPipesInRows.escaped(markdown));
  }

  @Test
  void aLiteralInACellIsOneValue() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        | Name | Description |
        |---|---|
        | `GROUP_NAME|GROUP_ID`<br> *必須* | The group |
        | `string | null` | A name |
        """);

    assertEquals(List.of(List.of("GROUP_NAME|GROUP_ID 必須", "The group"), List.of("string | null", "A name")),
        ((MarkdownElement.Table) elements.get(0)).rows());
  }
}
