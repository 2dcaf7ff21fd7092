package io.mcdewey.parse.markdown.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Literal blocks of reStructuredText at a page's top level: a paragraph ending in {@code ::} over indented lines. */
class RstLiteralBlocksTest {

  @Test
  void aParagraphEndingInTheMarkerOpensABlockOfCodeWithoutItsIndentation() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        .. _kennels:

        Example request::

           GET /kennels/7 HTTP/1.1
           Accept: application/json

        It answers the kennel.
        """);

    assertEquals(List.of(new MarkdownElement.TextLine("Example request:", 3, false),
        new MarkdownElement.Code("", "GET /kennels/7 HTTP/1.1\nAccept: application/json\n", 4),
        new MarkdownElement.TextLine("It answers the kennel.", 8, false)), elements);
  }

  @Test
  void theMarkerAloneOrAfterASpaceIsDropped() {
    assertEquals("Example", RstLiteralBlocks.withoutMarker("Example ::"));
    assertEquals("", RstLiteralBlocks.withoutMarker("::"));
    assertEquals("Example:", RstLiteralBlocks.withoutMarker("Example::"));
  }

  @Test
  void aMarkdownPageKeepsItsText() {
    String markdown = "Say it::\n\n   twice\n";
    assertEquals(markdown, RstLiteralBlocks.asFences(markdown, RstSectionTitles.isRst(markdown)));
  }

  @Test
  void aBlockWithTextRightUnderItIsLeftAsItIsAndNoLineMoves() {
    String text = ".. _x:\n\nExample::\n\n   {}\nTrailing text\n\nLast line\n";
    assertEquals(text, RstLiteralBlocks.asFences(text, true));
  }
}
