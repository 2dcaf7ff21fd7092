package io.mcdewey.parse.markdown.rules.table;

import io.mcdewey.parse.markdown.MarkdownColumn;
import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads tables a page saved as text prints a cell a paragraph: the column names on lines of one paragraph
 * ({@code Name}, {@code Type}, {@code Required}, {@code Description}), or each a paragraph of its own, then each cell
 * a paragraph of one line, blank lines between, as GitBook's and Redoc-like pages copy. The cells are read as
 * {@link CellPerLineTables} reads them on lines of one paragraph: a row only where its cells read as their columns
 * say, ending where they stop doing so.
 */
public final class SpacedCellTables {
  private SpacedCellTables() {}

  /** The elements with each such header and the cells after it read as one table. */
  public static List<MarkdownElement> read(List<MarkdownElement> elements) {
    List<MarkdownElement> read = null;
    for (int i = 0; i < elements.size(); i++) {
      int headerEnd = headerParagraphEnd(elements, i);
      Optional<Read> table = headerEnd < 0 ? Optional.empty() : table(elements, i, headerEnd);
      if (table.isPresent()) {
        if (read == null) {
          read = new ArrayList<>(elements.subList(0, i));
        }
        read.add(table.get().table());
        i = table.get().end() - 1;
      } else if (read != null) {
        read.add(elements.get(i));
      }
    }
    return read == null ? elements : read;
  }

  private record Read(MarkdownElement.Table table, int end) {}

  /**
   * The index after a paragraph opening at an index whose lines all name columns, the name column first and another
   * after it, or after paragraphs of one line each naming a column, no column twice (a parameter called
   * {@code name} opens the rows); -1 when there is no such header.
   */
  private static int headerParagraphEnd(List<MarkdownElement> elements, int at) {
    if (!(elements.get(at) instanceof MarkdownElement.TextLine first) || first.listItem()
        || first.line() != first.paragraph()
        || MarkdownColumn.named(first.text()).filter(c -> c == MarkdownColumn.NAME).isEmpty()) {
      return -1;
    }
    if (oneLineParagraph(elements, at)) {
      Set<MarkdownColumn> named = EnumSet.of(MarkdownColumn.NAME);
      int end = at + 1;
      while (end < elements.size() && oneLineParagraph(elements, end) && MarkdownColumn.named(
          ((MarkdownElement.TextLine) elements.get(end)).text()).filter(named::add).isPresent()) {
        end++;
      }
      return end - at >= 2 ? end : -1;
    }
    int end = at + 1;
    while (end < elements.size() && elements.get(end) instanceof MarkdownElement.TextLine line
        && line.paragraph() == first.paragraph()) {
      if (MarkdownColumn.named(line.text()).isEmpty()) {
        return -1;
      }
      end++;
    }
    return end - at >= 2 ? end : -1;
  }

  /** The table of the header and the one-line paragraphs after it, when its cells make a row at least. */
  private static Optional<Read> table(List<MarkdownElement> elements, int start, int headerEnd) {
    List<String> lines = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    for (MarkdownElement element : elements.subList(start, headerEnd)) {
      MarkdownElement.TextLine line = (MarkdownElement.TextLine) element;
      lines.add(line.text());
      numbers.add(line.line());
    }
    int columns = lines.size();
    int end = headerEnd;
    while (end < elements.size() && oneLineParagraph(elements, end)) {
      MarkdownElement.TextLine cell = (MarkdownElement.TextLine) elements.get(end);
      lines.add(cell.text());
      numbers.add(cell.line());
      end++;
    }
    if (end == headerEnd) {
      return Optional.empty();
    }
    // Paragraphs of one line are as often a page's sentences: a type there is one word ({@code string}), unless a
    // required column's yes or no tells the row ({@code tags}, {@code Yes}, {@code Array of Tag objects}).
    boolean marked = lines.subList(0, columns).stream()
        .anyMatch(name -> MarkdownColumn.named(name).filter(c -> c == MarkdownColumn.REQUIRED).isPresent());
    return CellPerLineTables.at(lines, numbers, 0, marked ? CellPerLineTables.MAX_TYPE_WORDS : 1)
        .filter(found -> found.end() > columns)
        .map(found -> new Read(found.table(), start + found.end()));
  }

  /** Whether the element at an index is a paragraph of one line, no list item. */
  private static boolean oneLineParagraph(List<MarkdownElement> elements, int at) {
    if (!(elements.get(at) instanceof MarkdownElement.TextLine line) || line.listItem()
        || line.line() != line.paragraph()) {
      return false;
    }
    return at + 1 >= elements.size() || !(elements.get(at + 1) instanceof MarkdownElement.TextLine next)
        || next.paragraph() != line.paragraph();
  }
}
