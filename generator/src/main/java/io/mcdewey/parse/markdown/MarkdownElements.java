package io.mcdewey.parse.markdown;

import io.mcdewey.parse.Whitespace;
import io.mcdewey.parse.markdown.dialect.AnchorLabelHeadings;
import io.mcdewey.parse.markdown.dialect.DocusaurusCodeTabs;
import io.mcdewey.parse.markdown.dialect.DokuWikiMarkup;
import io.mcdewey.parse.markdown.dialect.FrontMatter;
import io.mcdewey.parse.markdown.dialect.HtmlElements;
import io.mcdewey.parse.markdown.dialect.JsxComponents;
import io.mcdewey.parse.markdown.dialect.JsxTag;
import io.mcdewey.parse.markdown.dialect.MediaWikiMarkup;
import io.mcdewey.parse.markdown.dialect.MkDocsBlocks;
import io.mcdewey.parse.markdown.dialect.OrgMarkup;
import io.mcdewey.parse.markdown.dialect.PermalinkHeadings;
import io.mcdewey.parse.markdown.dialect.ReadMeBlock;
import io.mcdewey.parse.markdown.dialect.ReadMeBlocks;
import io.mcdewey.parse.markdown.dialect.RstBlocks;
import io.mcdewey.parse.markdown.dialect.RstExplicitMarkup;
import io.mcdewey.parse.markdown.dialect.RstFieldRecords;
import io.mcdewey.parse.markdown.dialect.RstGridTable;
import io.mcdewey.parse.markdown.dialect.RstLiteralBlocks;
import io.mcdewey.parse.markdown.dialect.RstRoleLabels;
import io.mcdewey.parse.markdown.dialect.RstSectionTitles;
import io.mcdewey.parse.markdown.dialect.RstSimpleTable;
import io.mcdewey.parse.markdown.dialect.TextileHeadings;
import io.mcdewey.parse.markdown.dialect.UnspacedHeadings;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import io.mcdewey.parse.markdown.rules.BadgeOverTitleAndUrl;
import io.mcdewey.parse.markdown.rules.BulletCharacters;
import io.mcdewey.parse.markdown.rules.ContinuedRequestLines;
import io.mcdewey.parse.markdown.rules.ContinuedSentences;
import io.mcdewey.parse.markdown.rules.DefinitionLists;
import io.mcdewey.parse.markdown.rules.DocsifyHelpers;
import io.mcdewey.parse.markdown.rules.FoldedMarkdown;
import io.mcdewey.parse.markdown.rules.GluedAnswerTabs;
import io.mcdewey.parse.markdown.rules.GluedBlockEnds;
import io.mcdewey.parse.markdown.rules.GluedFences;
import io.mcdewey.parse.markdown.rules.GluedPartCaptions;
import io.mcdewey.parse.markdown.rules.JsonParagraphs;
import io.mcdewey.parse.markdown.rules.KramdownMarkup;
import io.mcdewey.parse.markdown.rules.LiquidTags;
import io.mcdewey.parse.markdown.rules.MethodHeadingsUnderPath;
import io.mcdewey.parse.markdown.rules.NamedRequestLines;
import io.mcdewey.parse.markdown.rules.NamesOverDashedLines;
import io.mcdewey.parse.markdown.rules.PathHeadingsUnderMethod;
import io.mcdewey.parse.markdown.rules.RequestAfterItsBlock;
import io.mcdewey.parse.markdown.rules.SummaryRowSections;
import io.mcdewey.parse.markdown.rules.TitledRequestLines;
import io.mcdewey.parse.markdown.rules.table.CellPerLineTables;
import io.mcdewey.parse.markdown.rules.table.GluedHeaderTables;
import io.mcdewey.parse.markdown.rules.table.GluedNameTypeLines;
import io.mcdewey.parse.markdown.rules.table.GluedRouteRows;
import io.mcdewey.parse.markdown.rules.table.LiteralPipesInRows;
import io.mcdewey.parse.markdown.rules.table.LonePipeRows;
import io.mcdewey.parse.markdown.rules.table.MarkdownHtmlTables;
import io.mcdewey.parse.markdown.rules.table.MarkdownPipeRows;
import io.mcdewey.parse.markdown.rules.table.NameTypeLines;
import io.mcdewey.parse.markdown.rules.table.RowsAfterABlankLine;
import io.mcdewey.parse.markdown.rules.table.RunTogetherTables;
import io.mcdewey.parse.markdown.rules.table.ShortDelimiterRows;
import io.mcdewey.parse.markdown.rules.table.SpacedCellTables;
import io.mcdewey.parse.markdown.rules.table.SpreadRows;
import io.mcdewey.parse.markdown.rules.table.StarredNameRows;
import io.mcdewey.parse.markdown.rules.table.SwaggerUiParameterRows;
import io.mcdewey.parse.markdown.rules.table.WordRouteTables;
import io.mcdewey.parse.markdown.rules.table.WordTables;
import io.mcdewey.source.HtmlContent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads markdown text into {@link MarkdownElement}s with commonmark (GFM tables included).
 *
 * <p>Inline markup is reduced to its text, keeping raw HTML as printed unless it only formats the text, since guides
 * write placeholders as tags ({@code /users/<id>}); a block holding one HTML heading is a heading. A "heading" that
 * commonmark makes of several lines underlined by dashes is the raw HTTP exchange of an example followed by its
 * separator, and is read back as those lines.
 */
public final class MarkdownElements {
  /** What follows a contents entry's link when it sums the place up: a colon or a dash, then words. */
  private static final Pattern SUMMARY = Pattern.compile("\\s*(?::|\\s[-–—])\\s");
  /** HTML holding a heading among other blocks, or a folded section. */
  private static final Pattern HTML_SECTIONS = Pattern.compile("(?i)<details\\b|<h[1-6]\\b[^>]*>[^<]*</h[1-6]>\\s*\\S");
  /** A heading written in HTML ({@code <h3 id="x">Parameters</h3>}), as generated reference pages print them. */
  private static final Pattern HTML_HEADING = Pattern.compile("(?is)<h([1-6])\\b[^>]*>(.*?)</h\\1\\s*>");
  private static final Parser PARSER = parser().build();
  /**
   * MDX pages also hold JSX tags: read only there, since guides print XML elements named with a capital too. MDX has
   * no indented code blocks: JSX nests by indentation. The block types keep commonmark's order, in which they are
   * tried.
   */
  private static final Parser MDX_PARSER = parser().customBlockParserFactory(new JsxTag.Factory())
      .enabledBlockTypes(new LinkedHashSet<>(List.of(BlockQuote.class, Heading.class, FencedCodeBlock.class,
          HtmlBlock.class, ThematicBreak.class, ListBlock.class)))
      .build();

  private final List<MarkdownElement> elements = new ArrayList<>();
  /** Whether the blocks read now stand between the comments that open and close Docusaurus 1's code tabs. */
  private boolean inCodeTabs;
  /** The guide's lines, where a table row's own line tells whether it prints a cell border. */
  private final List<String> source;

  private MarkdownElements(String markdown) {
    this.source = markdown.lines().toList();
  }

  private static Parser.Builder parser() {
    return Parser.builder()
        .extensions(List.of(TablesExtension.create()))
        .customBlockParserFactory(new RstExplicitMarkup.Factory())
        .customBlockParserFactory(new RstSimpleTable.Factory())
        .customBlockParserFactory(new RstGridTable.Factory())
        .customBlockParserFactory(new ReadMeBlock.Factory())
        .includeSourceSpans(IncludeSourceSpans.BLOCKS);
  }

  /** The syntax a page is written in, as its file's name says; markdown may still print reStructuredText. */
  public enum Syntax {
    MARKDOWN,
    /** Markdown with JSX components, which are read too. */
    MDX,
    RESTRUCTURED_TEXT;

    /** The syntax a file's name says ({@code .mdx}, {@code .rst}); markdown for any other. */
    public static Syntax ofFile(String name) {
      String lower = name.toLowerCase(Locale.ROOT);
      return lower.endsWith(".mdx") ? MDX : lower.endsWith(".rst") || lower.endsWith(".rest") ? RESTRUCTURED_TEXT
          : MARKDOWN;
    }
  }

  public static List<MarkdownElement> read(String markdown) {
    return read(markdown, Syntax.MARKDOWN);
  }

  /** Reads the text of a page written in the syntax given, reStructuredText too where a markdown page prints it. */
  public static List<MarkdownElement> read(String markdown, Syntax syntax) {
    boolean rst = syntax == Syntax.RESTRUCTURED_TEXT || RstSectionTitles.isRst(markdown);
    // Literal blocks are fenced after titles are rewritten: a fence's backticks would read as a title's adornment.
    String text = RstSectionTitles.asHeadings(markdown, rst);
    text = RstRoleLabels.asLabels(RstLiteralBlocks.asFences(text, rst), rst);
    // MediaWiki is told before DokuWiki, whose headings look alike: once read, its headings are markdown's.
    text = DokuWikiMarkup.asMarkdown(MediaWikiMarkup.asMarkdown(TextileHeadings.asHeadings(text)));
    text = PermalinkHeadings.asHeadings(UnspacedHeadings.asHeadings(text));
    text = OrgMarkup.asMarkdown(text);
    text = AnchorLabelHeadings.asHeadings(text);
    text = MkDocsBlocks.dedented(text);
    text = BulletCharacters.asItems(KramdownMarkup.withSpacingTagsBlank(FoldedMarkdown.unfolded(text)));
    text = LiteralPipesInRows.escaped(ShortDelimiterRows.widened(GluedFences.parted(text)));
    text = StarredNameRows.asItems(text);
    boolean mdx = syntax == Syntax.MDX;
    MarkdownElements reader = new MarkdownElements(text);
    reader.blocks((mdx ? MDX_PARSER : PARSER).parse(text));
    // Rows and blocks are parted first, then the lines glued inside them.
    List<MarkdownElement> blocks = RequestAfterItsBlock.read(GluedRouteRows.read(SpacedCellTables.read(
        GluedHeaderTables.read(reader.elements))));
    List<MarkdownElement> elements = BadgeOverTitleAndUrl.read(NameTypeLines.read(GluedNameTypeLines.read(
        GluedPartCaptions.read(GluedAnswerTabs.read(NamesOverDashedLines.read(blocks))))));
    return SummaryRowSections.read(PathHeadingsUnderMethod.read(
        MethodHeadingsUnderPath.read(rst ? RstFieldRecords.read(elements) : elements)));
  }

  private void blocks(Node parent) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading) {
        heading(heading);
      } else if (node instanceof Paragraph paragraph && isContentsEntry(paragraph)) {
        continue;
      } else if (node instanceof Paragraph paragraph) {
        paragraph(paragraph, paragraph.getParent() instanceof ListItem && paragraph.getPrevious() == null);
      } else if (node instanceof FencedCodeBlock code) {
        elements.add(GluedFences.code(code.getInfo() == null ? "" : code.getInfo(), code.getLiteral(), line(code)));
      } else if (node instanceof IndentedCodeBlock code) {
        elements.add(new MarkdownElement.Code("", code.getLiteral(), line(code)));
      } else if (node instanceof HtmlBlock html && HTML_SECTIONS.matcher(html.getLiteral()).find()) {
        // A block of HTML holding headings or folded sections (a README written in HTML) is a page of its own,
        // read as a web page is, at the lines where the block stands.
        elements.addAll(HtmlElements.readInMarkdown("\n".repeat(line(html) - 1) + html.getLiteral()));
      } else if (node instanceof HtmlBlock html && MarkdownHtmlTables.opensTable(html.getLiteral())) {
        node = htmlTable(html);
      } else if (node instanceof HtmlBlock html && HTML_HEADING.matcher(html.getLiteral().strip()).matches()) {
        Matcher heading = HTML_HEADING.matcher(html.getLiteral().strip());
        heading.matches();
        elements.add(new MarkdownElement.Heading(Integer.parseInt(heading.group(1)),
            heading.group(2).replaceAll("<[^>]*>", "").strip(), line(html), false));
      } else if (node instanceof HtmlBlock html && (DocusaurusCodeTabs.opens(html.getLiteral())
          || DocusaurusCodeTabs.closes(html.getLiteral()))) {
        inCodeTabs = DocusaurusCodeTabs.opens(html.getLiteral());
      } else if (node instanceof HtmlBlock html && HtmlElements.holdsClassedRequest(html.getLiteral())) {
        // A path in a block classed by its method is a request line, read as a web page's is.
        elements.addAll(HtmlElements.readInMarkdown("\n".repeat(line(html) - 1) + html.getLiteral()));
      } else if (node instanceof HtmlBlock html) {
        List<String> lines = new ArrayList<>(Arrays.asList(html.getLiteral().split("\n")));
        if (inCodeTabs) {
          // A tab's label captions what follows it.
          lines.replaceAll(line -> DocusaurusCodeTabs.label(line).orElse(line));
        }
        lines(lines, line(html), false, false);
      } else if (node instanceof ThematicBreak thematicBreak) {
        elements.add(new MarkdownElement.TextLine("---", line(thematicBreak), false));
      } else if (node instanceof TableBlock table) {
        node = table(table);
      } else if (node instanceof JsxTag tag) {
        JsxComponents.read(tag, line(tag)).ifPresent(elements::add);
      } else if (node instanceof ReadMeBlock block) {
        elements.addAll(ReadMeBlocks.read(block, line(block)));
      } else if (node instanceof RstGridTable table && table.isComplete()) {
        elements.add(table.table(line(table)));
      } else if (node instanceof RstGridTable table) {
        paragraph(table.lines(), line(table), false, false);
      } else if (node instanceof RstSimpleTable table && table.isComplete()) {
        elements.add(table.table(line(table)));
      } else if (node instanceof RstSimpleTable table) {
        paragraph(table.lines(), line(table), false, false);
      } else if (node instanceof RstExplicitMarkup markup) {
        int first = line(markup);
        elements.addAll(RstBlocks.read(markup.lines(),
            IntStream.range(0, markup.lines().size()).mapToObj(i -> first + i).toList()));
      } else if (node instanceof Block) {
        blocks(node);
      }
    }
  }

  private void heading(Heading heading) {
    String text = MarkedText.inlineText(heading);
    if (heading.getSourceSpans().size() > 1 && heading.getLevel() == 2) {
      Optional<List<MarkdownElement>> frontMatter = FrontMatter.read(Arrays.asList(text.split("\n")), line(heading));
      if (frontMatter.isPresent()) {
        elements.addAll(frontMatter.get());
        return;
      }
    }
    if (heading.getSourceSpans().size() > 1 && (text.contains("\n") || text.contains("HTTP/1."))) {
      lines(Arrays.asList(text.split("\n")), line(heading), false, false);
      elements.add(new MarkdownElement.TextLine("---", line(heading) + heading.getSourceSpans().size() - 1, false));
      return;
    }
    if (text.isBlank()) {
      // An empty heading titles nothing: a page saved as text prints a heading's anchor glyph ({@code #}) alone.
      return;
    }
    elements.add(new MarkdownElement.Heading(heading.getLevel(), singleSpaced(text).strip(), line(heading),
        heading.getSourceSpans().size() > 1));
  }

  private void paragraph(Paragraph paragraph, boolean listItem) {
    StringBuilder text = new StringBuilder();
    MarkedText.appendInline(paragraph, text, true);
    boolean nested = paragraph.getParent() instanceof ListItem item && isNested(item);
    paragraph(Arrays.asList(text.toString().split("\n")), line(paragraph), listItem, nested);
  }

  /**
   * Whether a paragraph is an entry of a table of contents: a list item that is one link to a place in the page
   * ({@code - [GET /users](#get-users)}), perhaps summing up the request it names after a colon or a dash
   * ({@code - [POST /search](#search): searches the logs}), which says nothing the place does not.
   */
  private static boolean isContentsEntry(Paragraph paragraph) {
    if (!(paragraph.getParent() instanceof ListItem item) || introducedByCaption(item)) {
      return false;
    }
    Node first = paragraph.getFirstChild();
    if (!(first instanceof Link link) || !link.getDestination().startsWith("#")) {
      return false;
    }
    // A link summed up names an operation's request, as a contents entry does; one naming a field or a status
    // ({@code [status](#order-status): filter by status}) lists what it names.
    return first.getNext() == null || first.getNext() instanceof Text summary
        && SUMMARY.matcher(summary.getLiteral()).lookingAt()
        && !MarkdownRequestLines.opening(MarkedText.inlineText(link), 0).isEmpty();
  }

  /**
   * Whether the list holding an item follows a heading or a caption ending with a colon ({@code Responses:}), which
   * it lists, but for a caption of contents ({@code Table of Contents:}) and the page's title.
   */
  private static boolean introducedByCaption(ListItem item) {
    Node list = item.getParent();
    if (list == null || list.getParent() instanceof ListItem) {
      return false;
    }
    if (list.getPrevious() instanceof Heading heading) {
      // A list right under the page's title is its contents, as READMEs print them.
      return heading.getLevel() > 1 && !HtmlContent.CONTENTS_CAPTION.matcher(MarkedText.inlineText(heading)).find();
    }
    return list.getPrevious() instanceof Paragraph caption
        && MarkedText.inlineText(caption).stripTrailing().endsWith(":")
        && !HtmlContent.CONTENTS_CAPTION.matcher(MarkedText.inlineText(caption)).find();
  }

  /** Whether a list item stands in a list inside another item, which it then details. */
  private static boolean isNested(ListItem item) {
    return item.getParent() != null && item.getParent().getParent() instanceof ListItem;
  }

  /** Reads a paragraph's lines, a JSON document among them as code. */
  private void paragraph(List<String> printed, int first, boolean listItem, boolean nested) {
    // A JSON document opens with a bracket: a paragraph without any is told before its lines are unmarked.
    boolean bracketed = printed.stream().anyMatch(line -> line.indexOf('{') >= 0 || line.indexOf('[') >= 0);
    if (!bracketed) {
      lines(printed, first, listItem, nested);
      return;
    }
    // A payload's closing bracket glued to the next line's text closes the payload.
    ContinuedRequestLines.Joined parted = GluedBlockEnds.split(printed,
        IntStream.range(0, printed.size()).mapToObj(i -> first + i).toList());
    documents(parted.lines(), parted.numbers(), listItem, nested);
  }

  /** Reads a paragraph's lines, each JSON document among them as code, the lines around them as text. */
  private void documents(List<String> lines, List<Integer> numbers, boolean listItem, boolean nested) {
    Optional<JsonParagraphs.Document> json = JsonParagraphs.in(lines.stream().map(MarkedText::withoutMarks).toList());
    if (json.isEmpty()) {
      lines(lines, numbers, listItem, nested);
      return;
    }
    lines(lines.subList(0, json.get().start()), numbers.subList(0, json.get().start()), listItem, nested);
    // The document's lines join as a paragraph's do, with a space: where a page broke them is no part of it.
    String document = singleSpaced(MarkedText.withoutMarks(String.join(" ", lines.subList(json.get().start(),
        json.get().end()))));
    elements.add(new MarkdownElement.Code("json", document + "\n", numbers.get(json.get().start())));
    if (json.get().end() < lines.size()) {
      documents(lines.subList(json.get().end(), lines.size()), numbers.subList(json.get().end(), lines.size()), false,
          nested);
    }
  }

  /**
   * Reads a paragraph's lines, each text line knowing the paragraph it belongs to and the literals it prints, which
   * the lines mark with {@link MarkedText#LITERAL_START} and {@link MarkedText#LITERAL_END}.
   *
   * @param listItem whether the paragraph opens a list item
   * @param nested whether that list item stands in a list inside another item
   */
  private void lines(List<String> lines, int firstLine, boolean listItem, boolean nested) {
    lines(lines, IntStream.range(0, lines.size()).mapToObj(i -> firstLine + i).toList(), listItem, nested);
  }

  /** Reads a paragraph's lines, each numbered as given. */
  private void lines(List<String> lines, List<Integer> numbers, boolean listItem, boolean nested) {
    if (lines.isEmpty()) {
      return;
    }
    int firstLine = numbers.get(0);
    List<String> kept = new ArrayList<>();
    List<Integer> keptNumbers = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank() && !KramdownMarkup.isBlockAttributes(lines.get(i))) {
        kept.add(DocsifyHelpers.withoutMarker(lines.get(i)));
        keptNumbers.add(numbers.get(i));
      }
    }
    Map<Integer, String> marked = new HashMap<>();
    List<String> plain = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      String line = singleSpaced(kept.get(i));
      marked.put(keptNumbers.get(i), line.strip());
      plain.add(MarkedText.withoutMarks(MarkedText.literalPipesHeld(line)));
    }
    ContinuedRequestLines.Joined joined = ContinuedRequestLines.join(plain, keptNumbers);
    for (MarkdownElement read : withSentencesJoined(rows(joined.lines(), joined.numbers(), listItem), marked)) {
      MarkdownElement element = MarkedText.withLiteralPipes(read);
      if (element instanceof MarkdownElement.TextLine line) {
        String markedLine = marked.getOrDefault(line.line(), "");
        List<MarkdownElement.TextLine.Literal> literals = MarkedText.withoutMarks(markedLine).equals(line.text())
            ? MarkedText.literals(markedLine) : List.of();
        elements.add(new MarkdownElement.TextLine(line.text(), line.line(), line.listItem(), literals, firstLine,
            nested));
      } else {
        elements.add(element);
      }
    }
  }

  /**
   * The elements with each text line that {@linkplain ContinuedSentences continues the sentence} of the text line
   * before it joined to that line, and the marked text of the joined lines joined alike; a name over its type, which
   * opens a field printed a part a line ({@link NameTypeLines}), continues no sentence.
   */
  private static List<MarkdownElement> withSentencesJoined(List<MarkdownElement> read, Map<Integer, String> marked) {
    List<MarkdownElement> joined = new ArrayList<>();
    for (int i = 0; i < read.size(); i++) {
      MarkdownElement element = read.get(i);
      int last = joined.size() - 1;
      if (element instanceof MarkdownElement.TextLine line && !line.listItem() && last >= 0
          && joined.get(last) instanceof MarkdownElement.TextLine previous && line.line() > previous.line()
          && ContinuedSentences.continues(previous.text(), line.text())
          && !MarkdownParameterText.standsAlone(line.text())
          && !NameTypeLines.opensRecord(line.text(), textAt(read, i + 1), textAt(read, i + 2))) {
        joined.set(last, new MarkdownElement.TextLine(previous.text() + " " + line.text(), previous.line(),
            previous.listItem()));
        marked.put(previous.line(), marked.getOrDefault(previous.line(), "") + " "
            + marked.getOrDefault(line.line(), ""));
        continue;
      }
      joined.add(element);
    }
    return joined;
  }

  /** The text of the text line at {@code at}, empty where there is none. */
  private static String textAt(List<MarkdownElement> elements, int at) {
    return at < elements.size() && elements.get(at) instanceof MarkdownElement.TextLine line ? line.text() : "";
  }

  /**
   * Reads a table. GFM takes every line up to a blank one for a row; a line without any cell border is no row, but
   * the text after the table, as pages converted from HTML print it: it ends the table, and it and the lines after
   * it are read as a paragraph's. A paragraph right after the table that opens with a lone pipe holds more of its rows
   * ({@link LonePipeRows}).
   *
   * @return the last block read: the table, or the paragraph that continued it
   */
  private Node table(TableBlock table) {
    List<String> header = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    int firstBodyLine = line(table) + 2;
    int textFrom = -1;
    for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
      for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
        if (!(row instanceof TableRow)) {
          continue;
        }
        int rowLine = firstBodyLine + rows.size();
        if (part instanceof TableBody && (textFrom >= 0 || !printsBorder(rowLine))) {
          textFrom = textFrom >= 0 ? textFrom : rowLine;
          continue;
        }
        List<String> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (cell instanceof TableCell) {
            cells.add(singleSpaced(MarkedText.inlineText(cell).replace('\n', ' ')).strip());
          }
        }
        if (part instanceof TableHead) {
          header = cells;
        } else {
          rows.add(cells);
        }
      }
    }
    // A caption glued to the header pushes its names one cell on, and GFM pads each row with an empty last cell; a
    // row that fills its last cell is aligned with the header as printed, whose first name is the page's own.
    if (rows.stream().allMatch(row -> row.isEmpty() || row.get(row.size() - 1).isBlank())) {
      header = MarkdownColumn.withoutCaption(header);
    }
    Node last = table;
    List<String> continuation = List.of();
    if (table.getNext() instanceof Paragraph next && line(next) == line(table) + table.getSourceSpans().size()) {
      List<String> nextLines = source.subList(line(next) - 1, line(next) - 1 + next.getSourceSpans().size());
      if (LonePipeRows.opens(nextLines)) {
        continuation = nextLines;
        last = next;
      }
    }
    List<String> after = continuation;
    if (textFrom < 0) {
      List<List<String>> continued = LonePipeRows.rows(continuation);
      rows.addAll(continued);
      after = continuation.subList(continued.size(), continuation.size());
    }
    if (textFrom < 0 && continuation.isEmpty() && table.getNext() instanceof Paragraph next
        && line(next) == line(table) + table.getSourceSpans().size() + 1) {
      // Rows after a blank line, each as wide as the header, are more of the table's ({@link RowsAfterABlankLine}).
      Optional<List<List<String>>> continued = RowsAfterABlankLine.rows(
          source.subList(line(next) - 1, line(next) - 1 + next.getSourceSpans().size()), header.size());
      if (continued.isPresent()) {
        rows.addAll(continued.get());
        last = next;
      }
    }
    MarkdownElement.Table read = new MarkdownElement.Table(header, rows, line(table), false);
    for (MarkdownElement element : RunTogetherTables.split(read)) {
      elements.add(element instanceof MarkdownElement.Table split ? SpreadRows.join(split) : element);
    }
    if (textFrom >= 0) {
      int lastLine = Math.min(source.size(), firstBodyLine + countRows(table) - 1);
      List<String> text = new ArrayList<>(source.subList(textFrom - 1, Math.max(textFrom - 1, lastLine)));
      text.addAll(after);
      paragraph(text, textFrom, false, false);
    } else if (!after.isEmpty()) {
      paragraph(after, line(last) + last.getSourceSpans().size() - after.size(), false, false);
    }
    return last;
  }

  /** Whether the guide's line {@code number} prints a cell border. */
  private boolean printsBorder(int number) {
    return number < 1 || number > source.size() || source.get(number - 1).indexOf('|') >= 0;
  }

  /** The body rows GFM found in a table. */
  private static int countRows(TableBlock table) {
    int count = 0;
    for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
      if (part instanceof TableBody) {
        for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
          count++;
        }
      }
    }
    return count;
  }

  /**
   * A paragraph's lines read as tables of words or of a cell per line where they print one, Liquid tags as what they
   * stand for, definition list entries as list items, the others as pipe rows and text.
   */
  private static List<MarkdownElement> rows(List<String> lines, List<Integer> numbers, boolean listItem) {
    Optional<List<MarkdownElement>> titled = listItem ? Optional.empty() : TitledRequestLines.of(lines, numbers);
    if (titled.isPresent()) {
      return titled.get();
    }
    List<MarkdownElement> read = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < lines.size(); i++) {
      int index = i;
      int tagEnd = LiquidTags.tagEnd(lines, i);
      if (tagEnd >= 0) {
        read.addAll(MarkdownPipeRows.read(lines.subList(from, i), numbers.subList(from, i), listItem && from == 0));
        read.addAll(LiquidTags.elementsOver(lines, numbers, i, tagEnd));
        from = tagEnd + 1;
        i = tagEnd;
        continue;
      }
      Optional<List<MarkdownElement>> named = NamedRequestLines.at(lines, numbers, i);
      if (named.isPresent()) {
        read.addAll(MarkdownPipeRows.read(lines.subList(from, i), numbers.subList(from, i), listItem && from == 0));
        read.addAll(named.get());
        from = i + 2;
        i++;
        continue;
      }
      Optional<DefinitionLists.Found> definition = DefinitionLists.at(lines, numbers, i);
      if (definition.isPresent()) {
        read.addAll(MarkdownPipeRows.read(lines.subList(from, i), numbers.subList(from, i), listItem && from == 0));
        read.add(definition.get().item());
        from = definition.get().end();
        i = from - 1;
        continue;
      }
      Optional<WordTables.Found> table = WordTables.at(lines, numbers, i)
          .or(() -> CellPerLineTables.at(lines, numbers, index))
          .or(() -> SwaggerUiParameterRows.at(lines, numbers, index))
          .or(() -> WordRouteTables.at(lines, numbers, index));
      if (table.isPresent()) {
        read.addAll(MarkdownPipeRows.read(lines.subList(from, i), numbers.subList(from, i), listItem && from == 0));
        read.add(table.get().table());
        from = table.get().end();
        i = from - 1;
      }
    }
    read.addAll(MarkdownPipeRows.read(lines.subList(from, lines.size()), numbers.subList(from, lines.size()),
        listItem && from == 0));
    return read;
  }

  /**
   * A text with every run of spaces made one: a guide converted again may space its words otherwise, and the words
   * are what is read.
   */
  public static String singleSpaced(String text) {
    return Whitespace.oneSpacePerRun(text, c -> c == ' ' || c == '\t' || c == '\u00a0');
  }

  /**
   * Reads the tables a block of HTML opens, with the lines after it up to the one that closes them when blank lines
   * cut them into other blocks (read at their lines on the page); returns the last block read.
   */
  private Node htmlTable(HtmlBlock html) {
    int first = line(html);
    int blockLast = first + (int) html.getLiteral().lines().count() - 1;
    // Inside a list or a quote the page's lines hold the container's marks: the block is read as it stands.
    int last = html.getParent() instanceof Document ? MarkdownHtmlTables.lastLine(source, first, blockLast) : blockLast;
    Node read = html;
    while (read.getNext() != null && line(read.getNext()) <= last) {
      read = read.getNext();
      // A block that holds the closing tag and goes on after it is read whole: the text after the table is the page's.
      last = Math.max(last, lastLine(read));
    }
    String text = last == blockLast ? html.getLiteral() : String.join("\n", source.subList(first - 1, last));
    elements.addAll(HtmlElements.readInMarkdown("\n".repeat(first - 1) + text));
    return read;
  }

  private static int lastLine(Node block) {
    List<SourceSpan> spans = block.getSourceSpans();
    return spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getLineIndex() + 1;
  }

  private static int line(Node block) {
    return block.getSourceSpans().isEmpty() ? 0 : block.getSourceSpans().get(0).getLineIndex() + 1;
  }

}
