package io.mcdewey.parse.markdown;

import java.util.List;

/**
 * One unit of a markdown guide as the parser walks it, in reading order: a heading, a line of text, a table or a
 * code block. Containers (lists, quotes) are flattened away; their lines keep their order.
 */
public sealed interface MarkdownElement {

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
   * @param literals the inline code spans the line prints ({@code `folder`}), in order: names a sentence speaks of
   * @param paragraph the line where the line's paragraph starts: lines of one paragraph make its sentences together
   * @param nested whether the line's list item stands in a list inside another item, which it details
   */
  record TextLine(String text, int line, boolean listItem, List<Literal> literals, int paragraph, boolean nested)
      implements MarkdownElement {

    public TextLine {
      literals = List.copyOf(literals);
    }

    public TextLine(String text, int line, boolean listItem, List<Literal> literals, int paragraph) {
      this(text, line, listItem, literals, paragraph, false);
    }

    public TextLine(String text, int line, boolean listItem) {
      this(text, line, listItem, List.of(), line);
    }

    /**
     * An inline code span of a line.
     *
     * @param start where it starts in the line's text
     * @param text its text
     */
    public record Literal(int start, String text) {

      int end() {
        return start + text.length();
      }
    }
  }

  /**
   * An entry of a reStructuredText field list ({@code :query integer limit: At most this many rows.}), as Sphinx
   * domains document parameters, headers and statuses.
   *
   * @param name the field name's first word ({@code query}, {@code <json}, {@code statuscode})
   * @param arguments the words after it ({@code integer limit}), possibly empty
   * @param body the field's text, its continuation lines joined
   */
  record FieldListItem(String name, List<String> arguments, String body, int line) implements MarkdownElement {

    public FieldListItem {
      arguments = List.copyOf(arguments);
    }
  }

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
