package io.mcdewey.parse.markdown.rules.table;

import io.mcdewey.parse.markdown.MarkdownColumn;
import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits tables that GFM runs together. A GFM table lasts until a blank line, so pages converted from HTML that print
 * tables one after the other, with a caption line between them ({@code Request Parameters}) and no blank line, come
 * out as one table. A row of delimiter cells ({@code ---|---}) inside a table opens a new table whose header is the row
 * before it; a row before that header with nothing but its first cell is the caption, a line of text, and a caption
 * glued to the header's first cell ({@code UserName}) is read off as a first table's is.
 */
public final class RunTogetherTables {
  private static final Pattern DELIMITER_CELL = Pattern.compile("^:?-{3,}:?$");

  private RunTogetherTables() {}

  public static List<MarkdownElement> split(MarkdownElement.Table table) {
    List<List<String>> rows = table.rows();
    List<MarkdownElement> elements = new ArrayList<>();
    List<String> header = table.header();
    int start = 0;
    for (int i = 1; i < rows.size(); i++) {
      if (!isDelimiter(rows.get(i))) {
        continue;
      }
      int headerRow = i - 1;
      int captionRow = headerRow > start && isCaption(rows.get(headerRow - 1)) ? headerRow - 1 : headerRow;
      elements.add(new MarkdownElement.Table(header, rows.subList(start, captionRow), table.line(), false));
      if (captionRow < headerRow) {
        elements.add(new MarkdownElement.TextLine(rows.get(captionRow).get(0), table.line(), false));
      }
      header = MarkdownColumn.withoutCaption(withoutEmptyTail(rows.get(headerRow)));
      start = i + 1;
    }
    if (elements.isEmpty()) {
      return List.of(table);
    }
    elements.add(new MarkdownElement.Table(header, rows.subList(start, rows.size()), table.line(), table.openEnded()));
    return elements;
  }

  private static boolean isDelimiter(List<String> row) {
    return !row.isEmpty() && DELIMITER_CELL.matcher(row.get(0).strip()).matches()
        && row.stream().allMatch(cell -> cell.isBlank() || DELIMITER_CELL.matcher(cell.strip()).matches());
  }

  private static boolean isCaption(List<String> row) {
    return row.size() > 1 && !row.get(0).isBlank() && row.subList(1, row.size()).stream().allMatch(String::isBlank);
  }

  /** A header row padded with empty cells to the first table's width, without them. */
  private static List<String> withoutEmptyTail(List<String> row) {
    int end = row.size();
    while (end > 1 && row.get(end - 1).isBlank()) {
      end--;
    }
    return row.subList(0, end);
  }
}
