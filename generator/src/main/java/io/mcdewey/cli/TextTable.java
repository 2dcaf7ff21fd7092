package io.mcdewey.cli;

import java.util.ArrayList;
import java.util.List;

/** Rows of text cells laid out in columns, each as wide as its widest cell; numbers may be right-aligned. */
public final class TextTable {
  private final List<String> header;
  private final boolean[] rightAligned;
  private final List<List<String>> rows = new ArrayList<>();

  public TextTable(String... header) {
    this.header = List.of(header);
    this.rightAligned = new boolean[header.length];
  }

  /** Right-aligns the columns at these indexes, for figures. */
  public TextTable alignRight(int... columns) {
    for (int column : columns) {
      rightAligned[column] = true;
    }
    return this;
  }

  public TextTable add(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.length);
    }
    rows.add(List.of(cells));
    return this;
  }

  /** The table, header first, each line indented and ended by a newline; trailing spaces trimmed. */
  public String render(String indent) {
    int[] widths = new int[header.size()];
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (List<String> row : all) {
      for (int c = 0; c < widths.length; c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (List<String> row : all) {
      StringBuilder line = new StringBuilder(indent);
      for (int c = 0; c < widths.length; c++) {
        String cell = row.get(c);
        String padding = " ".repeat(widths[c] - cell.length());
        line.append(c == 0 ? "" : "  ").append(rightAligned[c] ? padding + cell : cell + padding);
      }
      text.append(line.toString().stripTrailing()).append('\n');
    }
    return text.toString();
  }
}
