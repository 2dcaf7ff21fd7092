package io.mcdewey.parse.markdown.dialect;

import java.util.LinkedHashMap;
import java.util.Map;
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
 * A JSX tag of an MDX page ({@code <ParamField query="limit" type="integer" required>}, a
 * {@code <MethodEndpoint method={"get"} path={"/pets"}>} over several lines, a closing {@code </ParamField>}, an
 * HTML element's {@code <div>}): its name and attributes, for {@link JsxComponents} to read. In MDX every tag is JSX,
 * at any indentation, and what a tag wraps is markdown, read as such.
 */
public final class JsxTag extends CustomBlock {
  private static final Pattern OPENING = Pattern.compile("^</?[A-Za-z][\\w.]*(?:[\\s>/]|$)");

  private final StringBuilder source = new StringBuilder();
  private String name = "";
  private boolean closing;
  private final Map<String, String> attributes = new LinkedHashMap<>();

  String name() {
    return name;
  }

  /** Whether the tag closes its component ({@code </ParamField>}). */
  boolean closing() {
    return closing;
  }

  /** The attributes: a string's text, an expression's source without its braces, {@code true} for a bare name. */
  Map<String, String> attributes() {
    return Map.copyOf(attributes);
  }

  /** Reads the tag's source once it is whole. */
  private void read() {
    String text = source.toString().strip();
    int at = text.startsWith("</") ? 2 : 1;
    closing = at == 2;
    int nameEnd = at;
    while (nameEnd < text.length() && (Character.isLetterOrDigit(text.charAt(nameEnd)) || text.charAt(nameEnd) == '.')) {
      nameEnd++;
    }
    name = text.substring(at, nameEnd);
    int i = nameEnd;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      int keyEnd = i;
      while (keyEnd < text.length() && (Character.isLetterOrDigit(text.charAt(keyEnd)) || "-_:".indexOf(text.charAt(keyEnd)) >= 0)) {
        keyEnd++;
      }
      String key = text.substring(i, keyEnd);
      if (keyEnd < text.length() && text.charAt(keyEnd) == '=') {
        int valueEnd = valueEnd(text, keyEnd + 1);
        attributes.put(key, unwrap(text.substring(keyEnd + 1, valueEnd)));
        i = valueEnd;
      } else {
        attributes.put(key, "true");
        i = keyEnd;
      }
    }
  }

  /** Where the attribute value starting at {@code start} ends: after its closing quote or balanced brace. */
  private static int valueEnd(String text, int start) {
    if (start >= text.length()) {
      return start;
    }
    char open = text.charAt(start);
    if (open == '"' || open == '\'') {
      int close = text.indexOf(open, start + 1);
      return close < 0 ? text.length() : close + 1;
    }
    int depth = 0;
    boolean quoted = false;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
        quoted = !quoted;
      } else if (!quoted && c == '{') {
        depth++;
      } else if (!quoted && c == '}' && --depth == 0) {
        return i + 1;
      }
    }
    return text.length();
  }

  /** A value without its quotes, or an expression without its braces (and a string expression without quotes). */
  private static String unwrap(String value) {
    String v = value.strip();
    if (v.length() >= 2 && v.startsWith("{") && v.endsWith("}")) {
      return unquoted(v.substring(1, v.length() - 1).strip());
    }
    return unquoted(v);
  }

  private static String unquoted(String value) {
    boolean quoted = value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
        || value.startsWith("'") && value.endsWith("'"));
    return quoted ? value.substring(1, value.length() - 1) : value;
  }

  /** Starts a tag at a line opening with a component's name. */
  public static final class Factory extends AbstractBlockParserFactory {
    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      CharSequence line = state.getLine().getContent();
      if (!OPENING.matcher(line.subSequence(state.getNextNonSpaceIndex(), line.length())).find()) {
        return BlockStart.none();
      }
      return BlockStart.of(new Parser()).atIndex(state.getNextNonSpaceIndex());
    }
  }

  /** Takes lines until the tag's closing {@code >}, outside quotes and braces. */
  private static final class Parser extends AbstractBlockParser {
    private final JsxTag tag = new JsxTag();
    private int depth;
    private boolean quoted;
    private boolean whole;

    @Override
    public CustomBlock getBlock() {
      return tag;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
      return whole ? BlockContinue.none() : BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(SourceLine line) {
      String text = line.getContent().toString();
      int end = text.length();
      for (int i = 0; i < text.length() && !whole; i++) {
        char c = text.charAt(i);
        if (c == '"') {
          quoted = !quoted;
        } else if (!quoted && c == '{') {
          depth++;
        } else if (!quoted && c == '}') {
          depth--;
        } else if (!quoted && depth == 0 && c == '>') {
          whole = true;
          end = i + 1;
        }
      }
      tag.source.append(text, 0, end).append('\n');
    }

    @Override
    public void closeBlock() {
      tag.read();
    }
  }
}
