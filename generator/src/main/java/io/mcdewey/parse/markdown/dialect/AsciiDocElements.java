package io.mcdewey.parse.markdown.dialect;

import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads an AsciiDoc guide (Asciidoctor's syntax, as Spring REST Docs and many Java projects write their API guides)
 * into the element stream: section titles ({@code == Listing notes}) are headings, paragraphs and list items text
 * lines, listing and literal blocks code (a {@code [source,http]} block's language is its info), {@code |===}
 * tables tables, and a block's title ({@code .Request fields}) a line of its own before it. Attribute entries,
 * anchors, comments and the delimiters of example, sidebar, quote and open blocks carry nothing to read; what
 * those blocks hold is read as if it stood outside them.
 */
public final class AsciiDocElements {
  private static final Pattern SECTION_TITLE = Pattern.compile("(={1,6}|#{1,6})[ \\t]+(\\S.*)");
  /** A preprocessor directive: what it includes or leaves out is not in the file read. */
  private static final Pattern DIRECTIVE = Pattern.compile("(?:include|ifdef|ifndef|ifeval|endif)::.*");
  private static final Pattern ATTRIBUTE_ENTRY = Pattern.compile(":!?[\\w][\\w-]*!?:(?:\\s.*)?");
  private static final Pattern ANCHOR = Pattern.compile("\\[\\[[^]]*]]|\\[#[^]]*]");
  private static final Pattern ATTRIBUTE_LIST = Pattern.compile("\\[([^\\[\\]].*)]");
  private static final Pattern BLOCK_TITLE = Pattern.compile("\\.([^.\\s].*)");
  private static final Pattern TABLE_DELIMITER = Pattern.compile("\\|={3,}");
  private static final Pattern VERBATIM_DELIMITER = Pattern.compile("-{4,}|\\.{4,}|\\+{4,}|`{3}.*");
  private static final Pattern COMPOUND_DELIMITER = Pattern.compile("={4,}|\\*{4,}|_{4,}|--");
  private static final Pattern COMMENT_BLOCK = Pattern.compile("/{4,}");
  private static final Pattern LIST_ITEM = Pattern.compile("\\s*(?:[*-]{1,5}|\\.{1,5}|\\d+\\.|[a-zA-Z]\\.)\\s+(\\S.*)");
  private static final Pattern DESCRIPTION_ITEM = Pattern.compile("(\\S.*?)(?::{2,4}|;;)(?:\\s+(.*))?");
  /**
   * A document title ({@code = Groups REST API}) opening the text, which with section titles ({@code == Endpoints})
   * tells AsciiDoc kept under another name ({@code .txt}): markdown writes neither.
   */
  private static final Pattern DOCUMENT_TITLE = Pattern.compile("\\A(?:\\s*//[^\\n]*\\n)*\\s*= \\S[^\\n]*\\n");
  private static final Pattern EQUALS_SECTION_TITLE = Pattern.compile("(?m)^={2,5} \\S");
  private static final Pattern DOCUMENT_START = Pattern.compile("(?s)\\A(?:\\s*//[^\\n]*\\n)*\\s*= \\S[^\\n]*\\n"
      + "(?:[^\\n]*\\n)?\\s*:[\\w-]+:");

  private final List<String> lines;
  private final List<MarkdownElement> elements = new ArrayList<>();
  private String attributes = "";

  private AsciiDocElements(String text) {
    this.lines = text.lines().toList();
  }

  /** Whether a guide is AsciiDoc: by its file name, or by a document header with attribute entries. */
  public static boolean isAsciiDoc(String fileName, String text) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".adoc") || name.endsWith(".asciidoc")
        || DOCUMENT_START.matcher(text).lookingAt()
        || DOCUMENT_TITLE.matcher(text).lookingAt() && EQUALS_SECTION_TITLE.matcher(text).find();
  }

  public static List<MarkdownElement> read(String text) {
    AsciiDocElements reader = new AsciiDocElements(text);
    reader.blocks();
    return List.copyOf(reader.elements);
  }

  private void blocks() {
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.equals("+") || ANCHOR.matcher(stripped).matches()
          || (stripped.startsWith("//") && !COMMENT_BLOCK.matcher(stripped).matches())
          || ATTRIBUTE_ENTRY.matcher(line).matches() || COMPOUND_DELIMITER.matcher(stripped).matches()
          || DIRECTIVE.matcher(line).matches()) {
        i++;
      } else if (COMMENT_BLOCK.matcher(stripped).matches()) {
        i = closing(i, stripped) + 1;
      } else if (TABLE_DELIMITER.matcher(stripped).matches()) {
        int end = closing(i, stripped);
        elements.addAll(AsciiDocTable.read(lines.subList(i + 1, Math.min(end, lines.size())), i + 2, attributes));
        attributes = "";
        i = end + 1;
      } else if (VERBATIM_DELIMITER.matcher(stripped).matches()) {
        i = verbatim(i, stripped);
      } else if (SECTION_TITLE.matcher(line).matches() && !attributes.startsWith("source")) {
        Matcher title = SECTION_TITLE.matcher(line);
        title.matches();
        String text = withoutClosingMarks(title.group(2).strip());
        elements.add(new MarkdownElement.Heading(title.group(1).length(), AsciiDocInline.text(text), i + 1, false));
        attributes = "";
        i = title.group(1).equals("=") && elements.size() == 1 ? afterHeader(i + 1) : i + 1;
      } else if (ATTRIBUTE_LIST.matcher(line).matches() && !stripped.startsWith("[[")) {
        Matcher list = ATTRIBUTE_LIST.matcher(stripped);
        list.matches();
        attributes = list.group(1).strip();
        i++;
      } else if (BLOCK_TITLE.matcher(stripped).matches()) {
        AsciiDocInline.Text title = AsciiDocInline.read(stripped.substring(1));
        elements.add(new MarkdownElement.TextLine(title.text(), i + 1, false, title.literals(), i + 1));
        i++;
      } else if (Character.isWhitespace(line.charAt(0)) && !LIST_ITEM.matcher(line).matches()) {
        i = literal(i);
      } else {
        i = paragraph(i);
      }
    }
  }

  /**
   * The index after a document header's author and revision lines and attribute entries, which run from the
   * document title to the first blank line.
   */
  private int afterHeader(int start) {
    int i = start;
    while (i < lines.size() && !lines.get(i).isBlank()) {
      i++;
    }
    return i;
  }

  /**
   * A section title without the marks it may repeat at its end ({@code === Listing kennels ===}); scanned from the
   * end, since a pattern would retry every run of spaces in a long line.
   */
  private static String withoutClosingMarks(String title) {
    int marks = title.length();
    while (marks > 0 && (title.charAt(marks - 1) == '=' || title.charAt(marks - 1) == '#')) {
      marks--;
    }
    if (marks == title.length() || marks == 0 || !Character.isWhitespace(title.charAt(marks - 1))) {
      return title;
    }
    return title.substring(0, marks).strip();
  }

  /** The index of the line closing the block opened at {@code open} by {@code delimiter}, or the last line. */
  private int closing(int open, String delimiter) {
    for (int i = open + 1; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(delimiter)) {
        return i;
      }
    }
    return lines.size();
  }

  /** Reads a listing, literal or passthrough block (or a fenced one, as Asciidoctor accepts) as code. */
  private int verbatim(int open, String delimiter) {
    boolean fenced = delimiter.startsWith("```");
    int end = closing(open, fenced ? "```" : delimiter);
    String info = fenced ? delimiter.substring(3).strip() : language(attributes);
    String content = String.join("\n", lines.subList(open + 1, Math.min(end, lines.size())));
    if (!delimiter.startsWith("+")) {
      elements.add(new MarkdownElement.Code(info, content.isEmpty() ? "" : content + "\n", open + 1));
    }
    attributes = "";
    return end + 1;
  }

  /**
   * The language a block's attribute list names: {@code source,http,options="nowrap"}, {@code source%nowrap,http}
   * and {@code ,http} (the source style left implied) give {@code http}.
   */
  private static String language(String attributes) {
    String[] positional = attributes.split(",");
    String style = positional[0].strip().replaceFirst("%.*", "");
    if (positional.length > 1 && (style.equals("source") || style.isEmpty()) && !positional[1].contains("=")) {
      return positional[1].strip();
    }
    return "";
  }

  /**
   * Reads a literal paragraph (lines indented by a space or more, printed as they stand) as code, up to a blank
   * line or a section title at a line's start: RDoc, which titles its sections as AsciiDoc does, sets a verbatim
   * line right under a title and the next title right under it ({@code === To get an account} over
   * {@code  GET /users/:id}); returns the index after it.
   */
  private int literal(int start) {
    int i = start;
    while (i < lines.size() && !lines.get(i).isBlank()
        && (i == start || !EQUALS_SECTION_TITLE.matcher(lines.get(i)).lookingAt())) {
      i++;
    }
    String content = lines.subList(start, i).stream().map(String::stripLeading).collect(Collectors.joining("\n"));
    elements.add(new MarkdownElement.Code(language(attributes), content + "\n", start + 1));
    attributes = "";
    return i;
  }

  /**
   * Reads a paragraph, a list item or a description list entry and the lines continuing it, up to a blank line or
   * the start of a block; returns the index after it.
   */
  private int paragraph(int start) {
    attributes = "";
    int i = start;
    int paragraph = start + 1;
    while (i < lines.size() && !endsParagraph(i, start)) {
      String line = lines.get(i);
      Matcher item = LIST_ITEM.matcher(line);
      Matcher description = DESCRIPTION_ITEM.matcher(line.strip());
      String text = line;
      boolean listItem = false;
      if (item.matches()) {
        text = item.group(1);
        listItem = true;
        paragraph = i + 1;
      } else if (description.matches() && !description.group(1).contains("://")) {
        String definition = description.group(2) == null ? "" : description.group(2);
        text = description.group(1) + (definition.isEmpty() ? "" : ": " + definition);
        listItem = true;
        paragraph = i + 1;
      }
      AsciiDocInline.Text read = AsciiDocInline.read(text);
      if (!read.text().isBlank()) {
        elements.add(new MarkdownElement.TextLine(read.text(), i + 1, listItem, read.literals(), paragraph));
      }
      i++;
    }
    return i;
  }

  private boolean endsParagraph(int i, int start) {
    String stripped = lines.get(i).strip();
    if (stripped.isEmpty()) {
      return true;
    }
    if (i == start) {
      return false;
    }
    return stripped.equals("+") || TABLE_DELIMITER.matcher(stripped).matches()
        || VERBATIM_DELIMITER.matcher(stripped).matches() || DIRECTIVE.matcher(lines.get(i)).matches()
        || COMPOUND_DELIMITER.matcher(stripped).matches() || ANCHOR.matcher(stripped).matches()
        || (ATTRIBUTE_LIST.matcher(stripped).matches() && !stripped.contains(" "))
        || SECTION_TITLE.matcher(lines.get(i)).matches() && stripped.startsWith("=")
        || (stripped.startsWith("//") && !stripped.startsWith("///"));
  }
}
