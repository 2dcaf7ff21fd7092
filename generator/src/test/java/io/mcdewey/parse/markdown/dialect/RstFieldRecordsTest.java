package io.mcdewey.parse.markdown.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a name over a paragraph of fields reads in reStructuredText, through {@link MarkdownElements}. */
class RstFieldRecordsTest {

  @Test
  void aLiteralNameOverAParagraphOfFieldsIsATableOfOneRow() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        Request Parameters
        ~~~~~~~~~~~~~~~~~~

        ``uid``

        :Description: The user whose figures are read,
                      all users when left out.
        :Type: String
        :Required: No

        ``note``

        :Description: A lone field is no record.
        """, MarkdownElements.Syntax.RESTRUCTURED_TEXT);

    assertEquals(new MarkdownElement.Table(List.of("Name", "Description", "Type", "Required"),
        List.of(List.of("uid", "The user whose figures are read, all users when left out.", "String", "No")), 4,
        false), elements.get(1));
    assertEquals("note", ((MarkdownElement.TextLine) elements.get(2)).text());
  }

  @Test
  void markdownPagesKeepTheirLines() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        `uid`

        :Description: the user
        :Type: String
        """);

    assertEquals(3, elements.size());
  }
}
