package io.mcdewey.parse.markdown.dialect;

import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.ArrayList;
import java.util.List;
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
 * A reStructuredText grid table, as guides draw parameter tables:
 * <pre>
 * +---------+--------+-----------------------------+
 * | Key     | Type   | Description                 |
 * +=========+========+=============================+
 * | page    | int    | the page of results, from 1 |
 * +---------+--------+-----------------------------+
 * | private | bool   | whether private pastes are  |
 * |         |        | listed too                  |
 * +---------+--------+-----------------------------+
 * </pre>
 * The {@code +} of the top border mark the columns; the lines between two borders are one row, each line's cells
 * joined to the row's; the rows above the {@code =} border are the header. A row spanning columns (a border with
 * fewer {@code +}) is read by the top border's columns, its text in the cells its lines cover. Commonmark would read
 * the lines as a paragraph, or a pipe table of the first row.
 */
public final class RstGridTable extends CustomBlock {
  private static final Pattern BORDER = Pattern.compile("^\\+(?:[-=]+\\+)+\\s*$");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final List<String> lines = new ArrayList<>();

  /** The table's lines as printed, borders included. */
  public List<String> lines() {
    return List.copyOf(lines);
  }

  /** Whether the lines make a table: a row between a top border and a bottom one. */
  public boolean isComplete() {
    return lines.size() >= 3 && isBorder(lines.get(lines.size() - 1).strip())
        && lines.stream().anyMatch(text -> !isBorder(text));
  }

  /**
   * The table's header and rows.
   *
   * @param line the 1-based line of its top border
   */
  public MarkdownElement.Table table(int line) {
    String top = lines.get(0).strip();
    List<Integer> edges = new ArrayList<>();
    for (int i = 0; i < top.length(); i++) {
      if (top.charAt(i) == '+') {
        edges.add(i);
      }
    }
    boolean headed = lines.stream().anyMatch(text -> isBorder(text) && text.contains("="));
    List<String> header = List.of();
    List<List<String>> rows = new ArrayList<>();
    List<String> row = null;
    for (String text : lines.subList(1, lines.size())) {
      if (isBorder(text)) {
        if (row != null) {
          if (headed && header.isEmpty() && text.contains("=")) {
            header = row;
          } else {
            rows.add(row);
          }
        }
        row = null;
        continue;
      }
      List<String> cells = cells(text.strip(), edges);
      if (row == null) {
        row = cells;
      } else {
        for (int i = 0; i < cells.size(); i++) {
          row.set(i, (row.get(i) + " " + cells.get(i)).strip());
        }
      }
    }
    if (header.isEmpty()) {
      header = rows.isEmpty() ? List.of() : rows.remove(0);
    }
    return new MarkdownElement.Table(header, rows, line, false);
  }

  /**
   * A line's cells between the column edges, without the bars and with whitespace runs made one space. The edges are
   * columns of the display, as the table is drawn: a wide character (CJK) takes two.
   */
  private static List<String> cells(String text, List<Integer> edges) {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i + 1 < edges.size(); i++) {
      int from = Math.min(text.length(), offsetAt(text, edges.get(i) + 1));
      int to = Math.max(from, Math.min(text.length(), offsetAt(text, edges.get(i + 1))));
      String cell = text.substring(from, to);
      cells.add(WHITESPACE.matcher(RstInline.read(cell.replace('|', ' ').strip()).text()).replaceAll(" "));
    }
    return cells;
  }

  /** The offset in a line of the character at a display column, wide characters taking two columns. */
  private static int offsetAt(String text, int column) {
    int shown = 0;
    int offset = 0;
    while (offset < text.length() && shown < column) {
      int codePoint = text.codePointAt(offset);
      shown += isWide(codePoint) ? 2 : 1;
      offset += Character.charCount(codePoint);
    }
    return offset;
  }

  /** Whether a character is drawn two columns wide: the East Asian wide and full-width ranges. */
  private static boolean isWide(int codePoint) {
    return codePoint >= 0x1100 && codePoint <= 0x115F || codePoint >= 0x2E80 && codePoint <= 0xA4CF
        || codePoint >= 0xAC00 && codePoint <= 0xD7A3 || codePoint >= 0xF900 && codePoint <= 0xFAFF
        || codePoint >= 0xFE30 && codePoint <= 0xFE4F || codePoint >= 0xFF00 && codePoint <= 0xFF60
        || codePoint >= 0xFFE0 && codePoint <= 0xFFE6 || codePoint >= 0x20000 && codePoint <= 0x3FFFD;
  }

  private static boolean isBorder(String line) {
    return BORDER.matcher(line.strip()).matches();
  }

  /** Starts a table at a border line of two columns or more, standing apart from a paragraph. */
  public static final class Factory extends AbstractBlockParserFactory {
    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      CharSequence line = state.getLine().getContent();
      int start = state.getNextNonSpaceIndex();
      // Asked of every line of the guide: a line not opening with a plus is told before it is matched.
      if (state.getIndent() >= 4 || start >= line.length() || line.charAt(start) != '+'
          || !matched.getParagraphLines().getLines().isEmpty() || !isBorder(line.toString())
          || line.toString().chars().filter(c -> c == '+').count() < 3) {
        return BlockStart.none();
      }
      return BlockStart.of(new Parser()).atIndex(state.getIndex());
    }
  }

  /** Keeps the lines that open with a bar or a plus. */
  private static final class Parser extends AbstractBlockParser {
    private final RstGridTable block = new RstGridTable();

    @Override
    public CustomBlock getBlock() {
      return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
      String line = state.getLine().getContent().toString().strip();
      return line.startsWith("|") || line.startsWith("+") ? BlockContinue.atIndex(state.getIndex())
          : BlockContinue.none();
    }

    @Override
    public void addLine(SourceLine line) {
      block.lines.add(line.getContent().toString());
    }
  }
}
