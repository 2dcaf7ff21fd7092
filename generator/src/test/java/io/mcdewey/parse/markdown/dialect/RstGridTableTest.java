package io.mcdewey.parse.markdown.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a reStructuredText grid table reads, through commonmark and {@link RstGridTable}. */
class RstGridTableTest {

  @Test
  void theRowsBetweenBordersAreCellsJoinedOverTheirLinesAndTheRowsAboveTheEqualsBorderTheHeader() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        Received object:

        +-----------+---------+-------------------------------+
        | Key       | Type    | Description                   |
        +===========+=========+===============================+
        | language  | String  | The language. Optional, it is |
        |           |         | guessed when left out         |
        +-----------+---------+-------------------------------+
        | ``file``  | String  | The content                   |
        +-----------+---------+-------------------------------+

        After it.
        """);

    assertEquals(new MarkdownElement.Table(List.of("Key", "Type", "Description"), List.of(
        List.of("language", "String", "The language. Optional, it is guessed when left out"),
        List.of("file", "String", "The content")), 3, false), elements.get(1));
    assertEquals("After it.", ((MarkdownElement.TextLine) elements.get(2)).text());
  }

  @Test
  void aTableWithoutAHeaderBorderTakesItsFirstRowForTheHeader() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        +------+-------+
        | Name | Value |
        +------+-------+
        | a    | 1     |
        +------+-------+
        """);

    assertEquals(new MarkdownElement.Table(List.of("Name", "Value"), List.of(List.of("a", "1")), 1, false),
        elements.get(0));
  }

  @Test
  void aBorderInsideAParagraphIsItsText() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        Totals:
        +----+----+
        """);

    assertEquals(2, elements.size());
  }

  @Test
  void aLoneBorderIsTextAndWideCharactersTakeTwoColumns() {
    List<MarkdownElement> lone = MarkdownElements.read("""
        ## Push

        +------+------+
        """);
    assertEquals("+------+------+", ((MarkdownElement.TextLine) lone.get(1)).text());

    List<MarkdownElement> wide = MarkdownElements.read("""
        +--------+----------+
        | 名前   | 型       |
        +========+==========+
        | id     | 整数     |
        +--------+----------+
        """);
    assertEquals(new MarkdownElement.Table(List.of("名前", "型"), List.of(List.of("id", "整数")), 1, false),
        wide.get(0));
  }
}
