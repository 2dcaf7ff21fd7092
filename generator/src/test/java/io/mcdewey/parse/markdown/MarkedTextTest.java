package io.mcdewey.parse.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkedTextTest {
  private static final String MARKED =
      "Send " + MarkedText.LITERAL_START + "limit" + MarkedText.LITERAL_END + " as "
          + MarkedText.LITERAL_START + "int | null" + MarkedText.LITERAL_END;

  @Test
  void readsTheLiteralsOfAMarkedLineWhereItsTextHasThem() {
    assertEquals("Send limit as int | null", MarkedText.withoutMarks(MARKED));
    assertEquals(List.of(new MarkdownElement.TextLine.Literal(5, "limit"),
        new MarkdownElement.TextLine.Literal(14, "int | null")), MarkedText.literals(MARKED));
  }

  @Test
  void holdsAPipeInsideALiteralApartAndGivesItBack() {
    String held = MarkedText.literalPipesHeld(MARKED);
    assertEquals(-1, MarkedText.withoutMarks(held).indexOf('|'));
    MarkdownElement.TextLine line = new MarkdownElement.TextLine(MarkedText.withoutMarks(held), 1, false);
    assertEquals("Send limit as int | null", ((MarkdownElement.TextLine) MarkedText.withLiteralPipes(line)).text());
    assertEquals("a | b", MarkedText.literalPipesHeld("a | b"));
  }

  @Test
  void aLineBreakTagClosingItsLineAddsNoLine() {
    List<MarkdownElement> elements = MarkdownElements.read("First line</br>\nSecond line\n");
    assertEquals(List.of("First line@1", "Second line@2"), elements.stream()
        .map(element -> ((MarkdownElement.TextLine) element).text() + "@" + element.line()).toList());
  }

  @Test
  void aRequiredMarkInEmphasisGluedToANameIsAWordOfItsOwn() {
    MarkdownElement.Table table = (MarkdownElement.Table) MarkdownElements.read(
        "Key | Type\n--- | ---\nsku*required* | String\ncustomer*optional* | Integer\nwo*rd* | String\n").get(0);
    assertEquals(List.of("sku required", "customer optional", "word"),
        table.rows().stream().map(row -> row.get(0)).toList());
    assertEquals("skurequired — the unit", ((MarkdownElement.TextLine) MarkdownElements.read(
        "- sku*required* — the unit\n").get(0)).text(), "a mark the text goes on after is left as printed");
  }
}
