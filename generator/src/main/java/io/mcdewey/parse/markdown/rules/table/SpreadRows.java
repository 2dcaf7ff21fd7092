package io.mcdewey.parse.markdown.rules.table;

import io.mcdewey.parse.markdown.MarkdownColumn;
import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownRequired;
import io.mcdewey.parse.markdown.MarkdownTableRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Joins table rows that a page printed a cell per line ({@code InstanceId |}, {@code string |}, {@code Required |},
 * then a lone {@code |}), which GFM reads as rows of one cell each: the cells of a record run until an empty row,
 * or until there are as many as the header has columns. An empty row right after a record's first cell is an empty
 * cell, not the record's end, when the cell after it reads as the third column's ({@code Accept |}, {@code |},
 * {@code true |} under {@code Parameter | Type | Required}). A record with fewer cells than columns left a cell
 * out: its name comes first, a cell naming a type stands under the type column, and the cells around it keep their
 * order on either side ({@code CreationDate | date | Required} under {@code Name | Description | Type | Additional
 * information} has no description). A record that starts with a type left out its name too ({@code string | None.},
 * a property the page printed without one): its name cell stays empty.
 */
public final class SpreadRows {
  /** The type words of reference pages, a model's collection included ({@code Collection of Role}). */
  private static final Pattern TYPE = Pattern.compile("(?i)^(?:string|integer|int|int32|int64|long|short|byte"
      + "|number|decimal(?: number)?|float|double|boolean|bool|date|datetime|date-time|time|timespan|object|array"
      + "|file|binary|uuid|guid|globally unique identifier|uri|url|(?:collection|array|list|dictionary) of .+)$");

  /** The type words no field is named after, which tell a record that left its name out. */
  private static final Pattern NAMELESS_TYPE = Pattern.compile("(?i)^(?:string|integer|int|int32|int64|long|short"
      + "|number|decimal(?: number)?|float|double|boolean|bool|globally unique identifier"
      + "|(?:collection|array|list) of .+)$");

  private SpreadRows() {}

  /** The table with its spread rows joined, or itself when its rows are whole. */
  public static MarkdownElement.Table join(MarkdownElement.Table table) {
    int width = table.header().size();
    if (width < 2 || table.rows().isEmpty() || table.rows().stream().anyMatch(row -> filled(row) == width)
        || table.rows().stream().noneMatch(row -> filled(row) < width)
        || table.rows().stream().allMatch(row -> filled(row) > 1)) {
      return table;
    }
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    Map<MarkdownColumn, Integer> columns = MarkdownTableRows.of(
        new MarkdownElement.Table(table.header(), List.of(), 0, false)).columns();
    for (int i = 0; i < table.rows().size(); i++) {
      List<String> row = table.rows().get(i);
      if (filled(row) == 0 && record.size() == 1 && i + 1 < table.rows().size()
          && fitsThirdColumn(table.rows().get(i + 1), columns)) {
        record.add("");
        continue;
      }
      if (filled(row) == 0) {
        flush(record, records, table.header());
        continue;
      }
      row.stream().filter(cell -> !cell.isBlank()).forEach(record::add);
      if (record.size() >= width) {
        flush(record, records, table.header());
      }
    }
    flush(record, records, table.header());
    return new MarkdownElement.Table(table.header(), records, table.line(), table.openEnded());
  }

  /** Whether a row's first cell reads as a value of the third column: a required flag or a type. */
  private static boolean fitsThirdColumn(List<String> row, Map<MarkdownColumn, Integer> columns) {
    String cell = row.stream().filter(c -> !c.isBlank()).findFirst().orElse("").strip();
    Integer required = columns.get(MarkdownColumn.REQUIRED);
    Integer type = columns.get(MarkdownColumn.TYPE);
    return required != null && required == 2 && MarkdownRequired.fromCell(cell) != null
        || type != null && type == 2 && TYPE.matcher(cell).matches();
  }

  /** A record's cells in the columns they belong to: see the class comment. */
  static List<String> aligned(List<String> header, List<String> cells) {
    int width = header.size();
    if (cells.size() >= width) {
      return cells;
    }
    Map<MarkdownColumn, Integer> columns = MarkdownTableRows.of(
        new MarkdownElement.Table(header, List.of(), 0, false)).columns();
    Integer typeColumn = columns.get(MarkdownColumn.TYPE);
    int typeCell = -1;
    for (int i = 1; i < cells.size() && typeColumn != null; i++) {
      if (TYPE.matcher(cells.get(i).strip()).matches()) {
        typeCell = i;
        break;
      }
    }
    if (typeCell < 0 && typeColumn != null && typeColumn > 0 && !cells.isEmpty()
        && NAMELESS_TYPE.matcher(cells.get(0).strip()).matches()) {
      typeCell = 0;
    }
    List<String> out = new ArrayList<>(java.util.Collections.nCopies(width, ""));
    if (typeCell < 0 || typeCell > typeColumn || cells.size() - typeCell > width - typeColumn) {
      for (int i = 0; i < cells.size(); i++) {
        out.set(i, cells.get(i));
      }
      return out;
    }
    for (int i = 0; i < typeCell; i++) {
      out.set(i, cells.get(i));
    }
    for (int i = typeCell; i < cells.size(); i++) {
      out.set(typeColumn + i - typeCell, cells.get(i));
    }
    return out;
  }

  private static void flush(List<String> record, List<List<String>> records, List<String> header) {
    if (!record.isEmpty()) {
      records.add(aligned(header, List.copyOf(record)));
      record.clear();
    }
  }

  private static long filled(List<String> row) {
    return row.stream().filter(cell -> !cell.isBlank()).count();
  }
}
