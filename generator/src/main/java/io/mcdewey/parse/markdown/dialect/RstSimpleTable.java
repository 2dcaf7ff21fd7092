package io.mcdewey.parse.markdown.dialect;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownParameterText;
import io.mcdewey.parse.markdown.MarkdownRequired;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.CustomBlock;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * A reStructuredText simple table, as Sphinx guides print parameter and status tables:
 * <pre>
 * ========= ======= ==========================
 * Attribute Type    Description
 * ========= ======= ==========================
 * path      string  the file to look at
 * reshares  boolean whether shares of others
 *                   are listed too
 * ========= ======= ==========================
 * </pre>
 * Runs of {@code =} in the border lines mark the columns; the rows above a second border are the header; a row
 * whose first column is blank continues the row above it; the last column runs to the end of its line. A table without
 * a header whose rows each name a field, its type and a required mark is read under {@code Name | Type | Required}. The
 * table ends
 * at its third border, or at a second one followed by a blank line. Commonmark would read it as a paragraph of words
 * with the columns lost.
 */
public final class RstSimpleTable extends CustomBlock {
  private static final Pattern BORDER = Pattern.compile("^=+(?: +=+)+\\s*$");
  private static final Pattern COLUMN = Pattern.compile("=+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern SPAN_UNDERLINE = Pattern.compile("-*");

  private final List<String> lines = new ArrayList<>();

  /** The table's lines as printed, borders included. */
  public List<String> lines() {
    return List.copyOf(lines);
  }

  /** Whether the lines make a table: a top border and a bottom one at least. */
  public boolean isComplete() {
    return lines.stream().filter(RstSimpleTable::isBorder).count() >= 2;
  }

  /**
   * The table's header and rows.
   *
   * @param line the 1-based line of its first border
   */
  public MarkdownElement.Table table(int line) {
    List<int[]> columns = new ArrayList<>();
    Matcher column = COLUMN.matcher(lines.get(0));
    while (column.find()) {
      columns.add(new int[] {column.start(), column.end()});
    }
    List<List<String>> header = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    long borders = lines.stream().filter(RstSimpleTable::isBorder).count();
    int bordersSeen = 0;
    for (String text : lines.subList(1, lines.size())) {
      if (isBorder(text)) {
        bordersSeen++;
        continue;
      }
      if (text.isBlank()) {
        continue;
      }
      boolean inHeader = borders >= 3 && bordersSeen == 0;
      List<List<String>> target = inHeader ? header : rows;
      List<String> cells = cells(text, columns);
      if (cells.get(0).isEmpty() && !target.isEmpty()) {
        List<String> previous = target.get(target.size() - 1);
        for (int i = 0; i < cells.size(); i++) {
          previous.set(i, (previous.get(i) + " " + cells.get(i)).strip());
        }
      } else {
        target.add(cells);
      }
    }
    // A line of dashes under a cell spanning the columns ({@code **Body**} over {@code -----}) underlines it.
    rows.removeIf(row -> row.stream().allMatch(cell -> SPAN_UNDERLINE.matcher(cell).matches()));
    List<String> names = header.isEmpty() ? rows.isEmpty() ? List.of() : rows.remove(0) : header.get(0);
    for (List<String> more : header.subList(Math.min(1, header.size()), header.size())) {
      for (int i = 0; i < more.size(); i++) {
        names.set(i, (names.get(i) + " " + more.get(i)).strip());
      }
    }
    boolean captioned = !rows.isEmpty() && names.stream().skip(1).allMatch(String::isEmpty);
    if ((isTypedField(names) || captioned) && rows.stream().allMatch(RstSimpleTable::isTypedField)) {
      // A table without a header of fields named, typed and marked ({@code userName String Required}), perhaps under
      // a caption spanning its columns ({@code **Body**}): the first line is a field too, or the caption.
      if (isTypedField(names)) {
        rows.add(0, names);
      }
      List<String> fieldColumns = new ArrayList<>(List.of("Name", "Type", "Required"));
      for (int i = fieldColumns.size(); i < columns.size(); i++) {
        fieldColumns.add("Description");
      }
      names = fieldColumns;
    }
    return new MarkdownElement.Table(names, rows, line, false);
  }

  /** Whether a row names a field, its type and a required or optional mark, in its first three cells. */
  private static boolean isTypedField(List<String> row) {
    return row.size() >= 3 && !row.get(0).isEmpty() && MarkdownParameterText.isFieldType(row.get(1))
        && MarkdownRequired.fromNameMark(row.get(2)) != null;
  }

  private static List<String> cells(String text, List<int[]> columns) {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      int from = Math.min(text.length(), columns.get(i)[0]);
      int to = i + 1 < columns.size() ? Math.min(text.length(), columns.get(i + 1)[0]) : text.length();
      cells.add(WHITESPACE.matcher(text.substring(from, to).strip()).replaceAll(" "));
    }
    return cells;
  }

  private static boolean isBorder(String line) {
    return BORDER.matcher(line).matches();
  }

  /** Starts a table at a border line of two columns or more. */
  public static final class Factory extends AbstractBlockParserFactory {
    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      // Blocks of reStructuredText stand apart by blank lines: a border line inside a paragraph is its text.
      if (state.getIndent() > 0 || !matched.getParagraphLines().getLines().isEmpty()
          || !isBorder(state.getLine().getContent().toString())) {
        return BlockStart.none();
      }
      return BlockStart.of(new Parser()).atIndex(state.getIndex());
    }
  }

  /** Keeps lines up to a border that a blank line or the text's end follows. */
  private static final class Parser extends AbstractBlockParser {
    private final RstSimpleTable block = new RstSimpleTable();
    private int borders;
    private boolean afterBorder;

    @Override
    public CustomBlock getBlock() {
      return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
      // The third border is the bottom one of a table with a header; a blank line ends the table after a second
      // border, which is the bottom one of a table without a header, and after a lone top border, which makes none.
      if (afterBorder && borders >= 3 || state.isBlank() && (afterBorder && borders == 2 || borders < 2)) {
        return BlockContinue.none();
      }
      return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(SourceLine line) {
      String text = line.getContent().toString();
      block.lines.add(text);
      afterBorder = isBorder(text);
      if (afterBorder) {
        borders++;
      }
    }
  }
}
