package io.mcdewey.parse.markdown.dialect;

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
 * A reStructuredText explicit markup block ({@code .. http:get:: /users/{id}}, {@code .. code-block:: json},
 * {@code .. _label:}, a {@code ..} comment) and the indented lines that make its body, as guides written for Sphinx
 * print them. Commonmark would read the directive as a paragraph and its body as an indented code block; this block
 * keeps them together, with their lines, for {@link RstBlocks} to read.
 */
public final class RstExplicitMarkup extends CustomBlock {
  /** The opening line of explicit markup: two dots, then a space or the line's end. */
  private static final Pattern OPENING = Pattern.compile("^\\.\\.(?:\\s|$)");

  private final List<String> lines = new ArrayList<>();

  /** The block's lines as printed, the opening line first, with their indentation; blank lines are kept. */
  public List<String> lines() {
    return List.copyOf(lines);
  }

  /** Starts an explicit markup block where a line opens with {@code ..} outside any indented code. */
  public static final class Factory extends AbstractBlockParserFactory {
    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      if (state.getIndent() >= 4) {
        return BlockStart.none();
      }
      CharSequence line = state.getLine().getContent();
      int start = state.getNextNonSpaceIndex();
      // Asked of every line of the guide: a line not opening with the two dots is told before it is copied.
      boolean dots = start + 1 < line.length() && line.charAt(start) == '.' && line.charAt(start + 1) == '.';
      if (!dots || !OPENING.matcher(line.subSequence(start, line.length())).find()) {
        return BlockStart.none();
      }
      return BlockStart.of(new Parser(state.getIndent())).atIndex(state.getIndex());
    }
  }

  /** Keeps blank lines and the lines indented deeper than the opening one. */
  private static final class Parser extends AbstractBlockParser {
    private final RstExplicitMarkup block = new RstExplicitMarkup();
    private final int indent;

    Parser(int indent) {
      this.indent = indent;
    }

    @Override
    public CustomBlock getBlock() {
      return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
      if (state.isBlank() || state.getIndent() > indent) {
        return BlockContinue.atIndex(state.getIndex());
      }
      return BlockContinue.none();
    }

    @Override
    public void addLine(SourceLine line) {
      block.lines.add(line.getContent().toString());
    }
  }
}
