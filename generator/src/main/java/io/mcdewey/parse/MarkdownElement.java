package io.mcdewey.parse;

import java.util.List;

/**
 * One unit of a markdown guide as the parser walks it, in reading order: a heading, a line of text, a table or a
 * code block. Containers (lists, quotes) are flattened away; their lines keep their order.
 */
sealed interface MarkdownElement {

  /** The 1-based line of the guide's text where the element starts. */
  int line();

  /**
   * A section heading ({@code ## Listing Kennels}).
   *
   * @param underlined whether it is written as a line underlined by {@code =} or {@code -} rather than after
   *     {@code #}s, which exported pages produce by accident when a lone list marker follows a line
   */
  record Heading(int level, String text, int line, boolean underlined) implements MarkdownElement {}

  /**
   * One line of a paragraph, or one cell of a table row that is not laid out as a table.
   *
   * @param listItem whether the line opens a list item
   */
  record TextLine(String text, int line, boolean listItem) implements MarkdownElement {}

  /**
   * A table with a header row.
   *
   * @param header the header cells
   * @param rows the body rows' cells
   * @param openEnded whether the last row lacks the closing {@code |} its siblings have, as text cut short does
   */
  record Table(List<String> header, List<List<String>> rows, int line, boolean openEnded)
      implements MarkdownElement {

    public Table {
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /**
   * A fenced or indented code block.
   *
   * @param info the info string of a fence ({@code json}), empty when there is none
   * @param content the block's text
   */
  record Code(String info, String content, int line) implements MarkdownElement {}
}
