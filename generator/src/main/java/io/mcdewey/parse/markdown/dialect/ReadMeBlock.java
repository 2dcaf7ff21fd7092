package io.mcdewey.parse.markdown.dialect;

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
 * A block of ReadMe's markdown: {@code [block:parameters]}, a JSON document, {@code [/block]}. ReadMe writes its
 * widgets (an endpoint's header, a parameter table, code tabs, callouts) this way in the markdown it exports; the
 * block keeps its kind and JSON for {@link ReadMeBlocks} to read.
 */
public final class ReadMeBlock extends CustomBlock {
  private static final Pattern OPENING = Pattern.compile("^\\[block:([\\w-]+)]\\s*$");
  private static final Pattern CLOSING = Pattern.compile("^\\[/block]\\s*$");

  private final String kind;
  private final StringBuilder json = new StringBuilder();

  private ReadMeBlock(String kind) {
    this.kind = kind;
  }

  /** The block's kind: {@code api-header}, {@code parameters}, {@code code}, {@code callout}, ... */
  String kind() {
    return kind;
  }

  /** The JSON document between the opening and closing lines. */
  String json() {
    return json.toString();
  }

  /** Starts a block at a {@code [block:kind]} line. */
  public static final class Factory extends AbstractBlockParserFactory {
    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      if (state.getIndent() >= 4) {
        return BlockStart.none();
      }
      CharSequence line = state.getLine().getContent();
      int start = state.getNextNonSpaceIndex();
      if (start >= line.length() || line.charAt(start) != '[') {
        // Asked of every line of the guide: told before the line is copied and the pattern runs.
        return BlockStart.none();
      }
      Matcher opening = OPENING.matcher(line.subSequence(start, line.length()));
      if (!opening.matches()) {
        return BlockStart.none();
      }
      return BlockStart.of(new Parser(opening.group(1))).atIndex(line.length());
    }
  }

  /** Takes every line up to and with the closing {@code [/block]}. */
  private static final class Parser extends AbstractBlockParser {
    private final ReadMeBlock block;
    private final List<String> lines = new ArrayList<>();
    private boolean closed;

    Parser(String kind) {
      this.block = new ReadMeBlock(kind);
    }

    @Override
    public CustomBlock getBlock() {
      return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
      return closed ? BlockContinue.none() : BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(SourceLine line) {
      String text = line.getContent().toString();
      if (CLOSING.matcher(text.strip()).matches()) {
        closed = true;
        return;
      }
      lines.add(text);
    }

    @Override
    public void closeBlock() {
      block.json.append(String.join("\n", lines));
    }
  }
}
