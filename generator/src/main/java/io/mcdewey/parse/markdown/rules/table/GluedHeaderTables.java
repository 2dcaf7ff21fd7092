package io.mcdewey.parse.markdown.rules.table;

import io.mcdewey.parse.markdown.MarkdownColumn;
import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownRequired;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads tables whose page lost every border, as text copied from some reference pages prints them: the column names
 * run together on one line ({@code NameDescriptionTypeAdditional information}), then each cell a paragraph of its own.
 * A row starts at a name; a cell naming a type ({@code string}, {@code Collection of Role}) stands under the type
 * column, so a row whose description was left out still reads right; the cells after it fill the columns after it.
 * Rows end at a line that cannot start one, or at any other element.
 */
public final class GluedHeaderTables {
  private static final Pattern NAME = Pattern.compile("^[A-Za-z_$@][\\w.\\[\\]$@-]*( \\*)?$");
  private static final int MIN_COLUMNS = 3;

  private GluedHeaderTables() {}

  /** The elements with every glued-header table read into a {@link MarkdownElement.Table}. */
  public static List<MarkdownElement> read(List<MarkdownElement> elements) {
    List<MarkdownElement> read = new ArrayList<>();
    int i = 0;
    while (i < elements.size()) {
      Optional<List<String>> header = elements.get(i) instanceof MarkdownElement.TextLine line
          ? header(line.text()) : Optional.empty();
      if (header.isEmpty()) {
        read.add(elements.get(i++));
        continue;
      }
      List<List<String>> rows = new ArrayList<>();
      int next = rows(elements, i + 1, header.get(), rows);
      read.add(new MarkdownElement.Table(header.get(), rows, elements.get(i).line(), false));
      i = next;
    }
    return read;
  }

  /** The column names a line runs together, if it is nothing but three or more of them, a name column first. */
  static Optional<List<String>> header(String line) {
    String text = line.strip();
    List<String> columns = new ArrayList<>();
    int at = 0;
    while (at < text.length()) {
      int end = longestColumnAt(text, at);
      if (end < 0) {
        return Optional.empty();
      }
      columns.add(text.substring(at, end));
      at = end;
    }
    boolean nameFirst = !columns.isEmpty()
        && MarkdownColumn.named(columns.get(0)).filter(c -> c == MarkdownColumn.NAME).isPresent();
    return columns.size() >= MIN_COLUMNS && nameFirst && MarkdownColumn.isHeader(columns)
        ? Optional.of(columns) : Optional.empty();
  }

  /** Where the longest column name starting at {@code at} ends, if one starts there with a capital. */
  private static int longestColumnAt(String text, int at) {
    if (!Character.isUpperCase(text.charAt(at))) {
      return -1;
    }
    for (int end = MarkdownColumn.reach(text, at); end > at; end--) {
      boolean boundary = end == text.length() || Character.isUpperCase(text.charAt(end));
      if (boundary && MarkdownColumn.named(text.substring(at, end)).isPresent()) {
        return end;
      }
    }
    return -1;
  }

  /** Reads rows from {@code start}; returns the index of the first element after them. */
  private static int rows(List<MarkdownElement> elements, int start, List<String> header, List<List<String>> rows) {
    boolean marksSecond = MarkdownColumn.named(header.get(1)).filter(c -> c == MarkdownColumn.REQUIRED).isPresent();
    int i = start;
    while (i < elements.size() && elements.get(i) instanceof MarkdownElement.TextLine first
        && NAME.matcher(first.text()).matches()) {
      List<String> cells = new ArrayList<>();
      int j = i;
      while (j < elements.size() && elements.get(j) instanceof MarkdownElement.TextLine cell
          && !(marksSecond && !cells.isEmpty() && opensRow(elements, j))) {
        boolean full = cells.size() >= header.size() || complete(cells, header);
        if (cell.listItem() && cells.size() > 2) {
          // The items of a list inside a cell past the name and its mark ({@code on - activate switch} under what
          // the values are) are the cell's; after the row's last cell, only where a further row opens after them.
          if (full && !itemsBeforeRow(elements, j, marksSecond)) {
            break;
          }
          cells.set(cells.size() - 1, cells.get(cells.size() - 1) + " " + cell.text());
        } else if (full) {
          break;
        } else {
          cells.add(cell.text());
        }
        j++;
      }
      rows.add(SpreadRows.aligned(header, cells));
      i = j;
    }
    return i;
  }

  /** Whether the list items from an element on are followed by the opening of a further row. */
  private static boolean itemsBeforeRow(List<MarkdownElement> elements, int from, boolean marksSecond) {
    int after = from;
    while (after < elements.size() && elements.get(after) instanceof MarkdownElement.TextLine item
        && item.listItem()) {
      after++;
    }
    return marksSecond && after < elements.size() && opensRow(elements, after);
  }

  /**
   * Whether a row opens at an element: a name over its required mark, under a header whose second column holds the
   * marks; a row that left a cell empty ends there (which cell it left cannot be told: its cells fill the first
   * columns).
   */
  private static boolean opensRow(List<MarkdownElement> elements, int at) {
    return elements.get(at) instanceof MarkdownElement.TextLine name && NAME.matcher(name.text()).matches()
        && at + 1 < elements.size() && elements.get(at + 1) instanceof MarkdownElement.TextLine mark
        && MarkdownRequired.fromRequiredColumn(mark.text().strip()) != null;
  }

  /** Whether a row's cells fill its last column once aligned: a row whose description was left out ends there. */
  private static boolean complete(List<String> cells, List<String> header) {
    List<String> aligned = SpreadRows.aligned(header, cells);
    return !cells.isEmpty() && !aligned.get(aligned.size() - 1).isEmpty();
  }
}
