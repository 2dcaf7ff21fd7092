package io.mcdewey.parse.markdown.rules.table;

import io.mcdewey.parse.markdown.MarkdownColumn;
import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownParameterText;
import io.mcdewey.parse.markdown.MarkdownRequired;
import io.mcdewey.parse.markdown.MarkdownTableRows;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Reads tables printed a cell per line, without any border: lines that each name a column ({@code Parameter},
 * {@code Mandatory}, {@code Type}, {@code Description}), then the cells row by row, as pages copied from HTML print
 * parameter tables. A row is taken only when its cells read as their columns say (a yes-or-no word under a required
 * column, a short word under a type column, a name under the name column); a line that breaks that reading continues
 * the description of the row before it ({@code Example: x_1} under a description), and rows end where neither holds.
 */
public final class CellPerLineTables {
  private static final Pattern NAME = Pattern.compile("^[A-Za-z_$@][\\w.\\[\\]$@-]*( \\*)?$");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  /** A type word qualified in parentheses ({@code string (enum)}, {@code integer (int64)}). */
  private static final Pattern QUALIFIED_TYPE = Pattern.compile("^[A-Za-z][\\w<>\\[\\]]* \\([\\w ,.-]+\\)$");
  private static final int MIN_COLUMNS = 3;
  /** The most words of a type cell ({@code Array of Tag objects}). */
  static final int MAX_TYPE_WORDS = 4;
  /** Lines a description may run over before the table is taken to have ended. */
  private static final int MAX_CONTINUATION_LINES = 3;

  private CellPerLineTables() {}

  public static Optional<WordTables.Found> at(List<String> lines, List<Integer> numbers, int start) {
    return at(lines, numbers, start, MAX_TYPE_WORDS);
  }

  /**
   * A table opening at line {@code start}, if one does, a type cell holding at most the number of words given: one
   * where a table's cells may be a page's sentences ({@link SpacedCellTables}).
   */
  static Optional<WordTables.Found> at(List<String> lines, List<Integer> numbers, int start, int typeWords) {
    List<String> header = new ArrayList<>();
    Set<MarkdownColumn> named = EnumSet.noneOf(MarkdownColumn.class);
    int i = start;
    // A column named twice ends the header: the second name is the first row's ("name" under "Parameter"); so does
    // a column's one word in lower case under capitalised ones making a header already ("status" under "Description";
    // a header's words in lower case, "parameter type", and a third column's "required", are the header's).
    boolean capitalised = start < lines.size() && opensWith(lines.get(start), Character::isUpperCase);
    while (i < lines.size() && (!capitalised || header.size() < MIN_COLUMNS || !MarkdownColumn.isHeader(header)
            || !opensWith(lines.get(i), Character::isLowerCase) || lines.get(i).strip().indexOf(' ') > 0)
        && MarkdownColumn.named(lines.get(i)).filter(named::add).isPresent()) {
      header.add(lines.get(i).strip());
      i++;
    }
    if (header.size() < MIN_COLUMNS || !MarkdownColumn.isHeader(header)
        || MarkdownColumn.named(header.get(0)).filter(c -> c == MarkdownColumn.NAME).isEmpty()) {
      return Optional.empty();
    }
    MarkdownTableRows columns = MarkdownTableRows.of(new MarkdownElement.Table(header, List.of(), 0, false));
    List<List<String>> rows = new ArrayList<>();
    // Lines that break the rows, kept apart until a further row shows they continue the description before them.
    List<String> continued = new ArrayList<>();
    while (i + header.size() <= lines.size()) {
      List<String> row = lines.subList(i, i + header.size()).stream().map(String::strip).toList();
      if (opensHeader(row.get(0), row.get(1)) || opensMarkedHeader(row)
          || row.stream().anyMatch(cell -> !MarkdownRequestLines.opening(cell, 0).isEmpty())) {
        // The next table's header, or the next call's request line, ends the rows.
        break;
      }
      if (reads(row, columns.columns(), typeWords)) {
        if (!continued.isEmpty()) {
          List<String> last = rows.get(rows.size() - 1);
          last.set(last.size() - 1, last.get(last.size() - 1) + " " + String.join(" ", continued));
          continued.clear();
        }
        rows.add(new ArrayList<>(row));
        i += header.size();
      } else if (!rows.isEmpty() && continued.size() < MAX_CONTINUATION_LINES) {
        continued.add(lines.get(i).strip());
        i++;
      } else {
        break;
      }
    }
    int end = i - continued.size();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new WordTables.Found(new MarkdownElement.Table(header, rows, numbers.get(start), false), end));
  }

  /**
   * Whether two lines, as the next row's first cells, open the header of another table instead: the name column's word
   * ({@code Name}) then another column's ({@code Value}; a caption naming the name column, {@code Request Body} over
   * {@code Name}, opens none), the second no yes-or-no word ({@code No} heads a column of
   * row numbers too) nor a type. A parameter called {@code name} or {@code type} has its type or its mark after it.
   */
  static boolean opensHeader(String first, String second) {
    return MarkdownColumn.named(first).filter(c -> c == MarkdownColumn.NAME).isPresent()
        && MarkdownColumn.named(second).filter(c -> c != MarkdownColumn.NAME).isPresent()
        && MarkdownRequired.fromCell(second) == null
        && !MarkdownParameterText.isFieldType(second);
  }

  /**
   * Whether the next row's first cells are the header of another table whose second column is the required one
   * ({@code Parameter}, {@code Mandatory}, {@code Type}): the name column's word, the required column's, and a third
   * column's word that is no type; a parameter called {@code name} marked {@code Required} has a type after it.
   */
  private static boolean opensMarkedHeader(List<String> row) {
    return row.size() > 2 && MarkdownColumn.named(row.get(0)).filter(c -> c == MarkdownColumn.NAME).isPresent()
        && MarkdownColumn.named(row.get(1)).filter(c -> c == MarkdownColumn.REQUIRED).isPresent()
        && MarkdownColumn.named(row.get(2)).filter(c -> c != MarkdownColumn.NAME).isPresent()
        && !MarkdownParameterText.isFieldType(row.get(2));
  }

  private static boolean opensWith(String line, IntPredicate letter) {
    String stripped = line.strip();
    return !stripped.isEmpty() && letter.test(stripped.codePointAt(0));
  }

  /** Whether a row's cells read as the columns they stand in. */
  private static boolean reads(List<String> row, Map<MarkdownColumn, Integer> columns, int typeWords) {
    return NAME.matcher(row.get(columns.get(MarkdownColumn.NAME))).matches()
        && (!columns.containsKey(MarkdownColumn.REQUIRED)
            || MarkdownRequired.fromCell(row.get(columns.get(MarkdownColumn.REQUIRED))) != null)
        && (!columns.containsKey(MarkdownColumn.TYPE)
            || WHITESPACE.split(row.get(columns.get(MarkdownColumn.TYPE))).length <= typeWords
            || QUALIFIED_TYPE.matcher(row.get(columns.get(MarkdownColumn.TYPE))).matches());
  }
}
