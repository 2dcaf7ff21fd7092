package io.mcdewey.parse.markdown.dialect;

import io.mcdewey.parse.markdown.MarkdownColumn;
import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import io.mcdewey.source.HtmlContent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Reads a web page into the {@link MarkdownElement}s {@link MarkdownElements} reads markdown into, each with the line
 * of the file it starts on: headings; a line for each run of text between blocks ({@code p}, {@code li}, {@code dt},
 * {@code div}...), cut at {@code <br>}s; tables; preformatted blocks as code. Inline markup is reduced to its text.
 */
public final class HtmlElements {
  /** The number Asciidoctor puts before a table's caption ({@code Table 1. }). */
  private static final Pattern PRE_BLOCK = Pattern.compile("(?is)<pre\\b.*?</pre>");
  /** A code span of markdown: one to three backticks, text without a backtick or a tag, the same backticks. */
  private static final Pattern BACKTICK_SPAN = Pattern.compile("(`{1,3})([^`<>\\n]+?)\\1");
  private static final Pattern TABLE_NUMBER = Pattern.compile("^Table \\d+\\.\\s+");
  /** A field's name and its qualifiers ({@code route required}, {@code petId * string($uuid) (path)}). */
  private static final Pattern FIELD_CELL =
      Pattern.compile("^[A-Za-z_$@][\\w.\\[\\]$@-]*(?: [a-z *()$<>\\[\\]-]{1,40})?$");

  /**
   * A term that is one parameter's name: one opening in lower case ({@code app_id}, {@code userId}) or joining words
   * ({@code X_Token}, {@code page.size}), possibly qualified in parentheses ({@code numgroups (optional)}); a
   * capitalised word ({@code Method}, {@code Returns}) is a label.
   */
  private static final Pattern TERM = Pattern.compile(
      "^(?:[a-z_$@][\\w.\\[\\]$@-]*|[A-Za-z][\\w$@-]*[_.\\[][\\w.\\[\\]$@-]*)(?:\\s+\\([\\w ,]+\\))?$");
  /** The class naming a code block's language: {@code language-json}, {@code lang-json}, {@code highlight-json}. */
  private static final Pattern LANGUAGE_CLASS = Pattern.compile("(?:language|lang|highlight)-([\\w+#.-]+)");
  private static final int MAX_HEADING_LEVEL = 6;
  /** Classes naming an HTTP method, which mark a block as a request line. */
  private static final Set<String> METHOD_CLASSES =
      Set.of("get", "put", "post", "delete", "patch", "head", "options");
  /** A class attribute holding a method's name among its words, which {@link #classedRequest} needs. */
  private static final Pattern METHOD_CLASS_WORD =
      Pattern.compile("(?i)class=[\"']?[^\"'>]*\\b(?:get|put|post|delete|patch|head|options)\\b");
  /** A route, with or without its leading slash: segments and variables, no space ({@code api/groups/{id}}). */
  private static final Pattern ROUTE = Pattern.compile("/?[\\w.{}:-]+(?:/[\\w.{}:-]*)+|/[\\w.{}:-]*");
  /** A variable in braces, spaces and all. */
  private static final Pattern BRACED = Pattern.compile("\\{[^{}]*}");
  /** A backslash before an ASCII punctuation character, which markdown reads as that character. */
  private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\(\\p{Punct})");
  /** The class Rouge marks highlighted blocks with; the class after it names the language. */
  private static final String HIGHLIGHT_CLASS = "highlight";

  private final List<MarkdownElement> elements = new ArrayList<>();
  /** Whether the next element is the first of a list item. */
  private boolean listItemOpen;
  /** The definition read with its term as one list item, which is not read again. */
  private Element definitionRead;

  private HtmlElements() {}

  public static List<MarkdownElement> read(String html) {
    HtmlElements reader = new HtmlElements();
    reader.flow(HtmlContent.body(html));
    return List.copyOf(reader.elements);
  }

  /**
   * Reads HTML written inside markdown, whose authors set code apart with backticks there too
   * ({@code <td>This ```GET``` method</td>}, as renderers that read markdown inside HTML show it): such spans are
   * code, outside {@code <pre>} blocks.
   */
  public static List<MarkdownElement> readInMarkdown(String html) {
    if (html.indexOf('`') < 0) {
      return read(html);
    }
    StringBuilder marked = new StringBuilder(html.length());
    Matcher pre = PRE_BLOCK.matcher(html);
    int at = 0;
    while (pre.find()) {
      marked.append(BACKTICK_SPAN.matcher(html.substring(at, pre.start())).replaceAll("<code>$2</code>"));
      marked.append(pre.group());
      at = pre.end();
    }
    marked.append(BACKTICK_SPAN.matcher(html.substring(at)).replaceAll("<code>$2</code>"));
    return read(marked.toString());
  }

  /** Reads an element whose children mix text and blocks: each run of text between two blocks gives lines. */
  private void flow(Element container) {
    flow(container, null);
  }

  /** Reads an element's children as {@link #flow(Element)} does, leaving out one already read. */
  private void flow(Element container, Element read) {
    HtmlText run = HtmlText.lines();
    for (Node child : container.childNodes()) {
      if (child == read) {
        continue;
      }
      if (child instanceof Element element && element.nameIs("xmp")) {
        addLines(run);
        run = HtmlText.lines();
        markdown(element);
        continue;
      }
      if (child instanceof Element element && !HtmlText.isInline(element)) {
        addLines(run);
        run = HtmlText.lines();
        block(element);
      } else {
        run.add(child);
      }
    }
    addLines(run);
  }

  private void block(Element element) {
    int level = HtmlContent.headingLevel(element);
    if (level > 0) {
      add(new MarkdownElement.Heading(level, HtmlText.flat(element, new ArrayList<>()), HtmlText.line(element),
          false));
      return;
    }
    switch (element.normalName()) {
      case "table" -> table(element);
      case "pre" -> {
        String content = element.wholeText();
        String method = element.attr("data-type").strip();
        if (MarkdownRequestLines.isMethod(method) && !content.isBlank() && content.strip().indexOf('\n') < 0) {
          // A path labelled with its method (apiDoc's <pre data-type="get">) is a request line.
          add(new MarkdownElement.TextLine(method.toUpperCase(Locale.ROOT) + " " + content.strip(),
              HtmlText.line(element), false));
          return;
        }
        add(new MarkdownElement.Code(language(element), content.endsWith("\n") ? content : content + "\n",
            HtmlText.line(element)));
      }
      case "hr" -> add(new MarkdownElement.TextLine("---", HtmlText.line(element), false));
      case "details" -> details(element);
      case "li" -> {
        listItemOpen = true;
        flow(element);
        listItemOpen = false;
      }
      case "dt" -> term(element);
      case "dd" -> {
        if (element != definitionRead) {
          flow(element);
        }
      }
      default -> {
        Optional<String> request = classedRequest(element);
        if (request.isPresent()) {
          add(new MarkdownElement.TextLine(request.get(), HtmlText.line(element), false));
        } else {
          flow(element);
        }
      }
    }
  }

  /** Whether a block of HTML holds a path classed by its method ({@code <div class="endpoint get">/x</div>}). */
  public static boolean holdsClassedRequest(String html) {
    // Told before the block is parsed, as most blocks of HTML in a guide are no such thing and are read otherwise.
    if (!html.contains("class=") || !METHOD_CLASS_WORD.matcher(html).find()) {
      return false;
    }
    return HtmlContent.body(html).getAllElements().stream()
        .anyMatch(element -> !HtmlText.isInline(element) && classedRequest(element).isPresent());
  }

  /**
   * The request line of a block holding a path alone and classed by its method ({@code <div class="endpoint
   * get">/consumers</div>}, as Kong's references print each endpoint). A markdown escape the page left in the path
   * ({@code /consumer\_groups}, written for a converter that reads markdown inside HTML) is the character it escapes.
   */
  private static Optional<String> classedRequest(Element element) {
    Optional<String> badged = badgedPath(element);
    if (badged.isPresent()) {
      return badged;
    }
    Optional<String> method = element.classNames().stream().filter(METHOD_CLASSES::contains).findFirst();
    String text = element.text().strip();
    // A space may stand only inside a variable's braces ({@code /upstreams/{name or id}/targets}).
    if (method.isEmpty() || !element.children().isEmpty() || !text.startsWith("/")
        || BRACED.matcher(text).replaceAll("").indexOf(' ') >= 0) {
      return Optional.empty();
    }
    return Optional.of(method.get().toUpperCase(Locale.ROOT) + " " + MARKDOWN_ESCAPE.matcher(text).replaceAll("$1"));
  }

  /**
   * The request line of a block holding two blocks: a badge classed by its method and naming it, and the path after it
   * ({@code <div class="method put">put</div><div class="path">api/groups/{id}</div>}, as Slate themes print an
   * endpoint), the path perhaps without its leading slash.
   */
  private static Optional<String> badgedPath(Element element) {
    if (element.children().size() != 2) {
      return Optional.empty();
    }
    Element badge = element.child(0);
    Element path = element.child(1);
    String method = badge.text().strip().toLowerCase(Locale.ROOT);
    String route = path.text().strip();
    if (!METHOD_CLASSES.contains(method) || !badge.classNames().contains(method) || !path.children().isEmpty()
        || !ROUTE.matcher(route).matches()) {
      return Optional.empty();
    }
    return Optional.of(method.toUpperCase(Locale.ROOT) + " " + (route.startsWith("/") ? route : "/" + route));
  }

  /**
   * Reads the markdown a page keeps in an {@code <xmp>} element for a script to render in the browser (Strapdown's
   * convention), at the lines where the page holds it.
   */
  private void markdown(Element xmp) {
    // The parser keeps an <xmp>'s content as raw data, not as text nodes.
    String markdown = xmp.data().isEmpty() ? xmp.wholeText() : xmp.data();
    elements.addAll(MarkdownElements.read("\n".repeat(Math.max(0, HtmlText.line(xmp) - 1)) + markdown));
  }

  /**
   * Reads a collapsible block. One whose summary is a request line and nothing else ({@code <summary>POST
   * /file</summary>}), as pages fold each call under its own, is headed by it: a heading just above the block's own
   * headings, or of the lowest rank where it has none. A summary that is a question or an example is its text.
   */
  private void details(Element details) {
    Element summary = details.selectFirst("> summary");
    String text = summary == null ? "" : HtmlText.flat(summary, new ArrayList<>()).strip();
    if (summary == null || !MarkdownRequestLines.isRequestLineAlone(text)) {
      flow(details);
      return;
    }
    OptionalInt inner = details.select("h1, h2, h3, h4, h5, h6").stream().mapToInt(HtmlContent::headingLevel)
        .filter(level -> level > 1).min();
    int level = inner.isPresent() ? inner.getAsInt() - 1 : MAX_HEADING_LEVEL;
    add(new MarkdownElement.Heading(level, text, HtmlText.line(summary), false));
    flow(details, summary);
  }

  /**
   * Reads a term of a definition list. A term that is one name ({@code <dt><var>app_id</var></dt>}) and its
   * definition of a paragraph or less read as one list item, {@code app_id - Application id. Required.}, as a
   * markdown definition list does: pages list parameters so. Other terms ({@code GET /users}, as Sphinx prints an
   * endpoint's signature) are read as they stand.
   */
  private void term(Element term) {
    Element definition = term.nextElementSibling();
    String name = HtmlText.flat(term, new ArrayList<>()).strip();
    // A definition may close with lists of the values it takes ({@code <ul><li><code>PD</code> Pending</li>}), as
    // Aglio prints a parameter's members: they detail the item rather than end it.
    Element described = definition == null ? null : definition.clone();
    List<Element> values = new ArrayList<>();
    while (described != null && described.childrenSize() > 0 && isList(described.child(described.childrenSize() - 1))) {
      values.add(0, definition.child(described.childrenSize() - 1));
      described.child(described.childrenSize() - 1).remove();
    }
    boolean simple = definition != null && definition.normalName().equals("dd") && TERM.matcher(name).matches()
        && described.select("p").size() <= 1 && described.children().stream()
            .allMatch(child -> HtmlText.isInline(child) || child.normalName().equals("p"));
    if (!simple) {
      flow(term);
      return;
    }
    int line = HtmlText.line(term);
    add(new MarkdownElement.TextLine(name + " - " + HtmlText.flat(described, new ArrayList<>()).strip(), line, true));
    for (Element list : values) {
      for (Element item : list.select("> li")) {
        add(new MarkdownElement.TextLine(HtmlText.flat(item, new ArrayList<>()).strip(), HtmlText.line(item), true,
            List.of(), HtmlText.line(item), true));
      }
    }
    definitionRead = definition;
  }

  private static boolean isList(Element element) {
    return element.normalName().equals("ul") || element.normalName().equals("ol");
  }

  /**
   * Reads a table: its first row is the header (a {@code thead} row, or the first row whatever its cells); tables in
   * its cells follow it as tables of their own. A table whose rows each start with a header cell, and which has no
   * header row, is a list of labels and values, read as a line per cell. Its caption is a line of its own before it,
   * without the number Asciidoctor gives it ({@code Table 1. /{collection}/index/{key}}, as Spring REST Docs captions
   * a table of path parameters with the path), as a block's title is in AsciiDoc.
   */
  private void table(Element table) {
    Element caption = table.selectFirst("> caption");
    if (caption != null && !caption.text().isBlank()) {
      add(new MarkdownElement.TextLine(TABLE_NUMBER.matcher(caption.text().strip()).replaceFirst(""),
          HtmlText.line(caption), false));
    }
    List<Element> nested = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    List<Element> rowElements = table.select("tr").stream().filter(row -> row.closest("table") == table).toList();
    for (Element row : rowElements) {
      List<String> cells = new ArrayList<>();
      for (Element cell : row.children()) {
        if (cell.nameIs("td") || cell.nameIs("th")) {
          cells.add(HtmlText.flat(cell, nested));
        }
      }
      if (!cells.isEmpty()) {
        rows.add(cells);
      }
    }
    if (isLabelled(rowElements)) {
      for (int i = 0; i < rows.size(); i++) {
        int line = HtmlText.line(rowElements.get(i));
        rows.get(i).stream().filter(cell -> !cell.isEmpty())
            .forEach(cell -> add(new MarkdownElement.TextLine(cell, line, false)));
      }
    } else if (!rows.isEmpty() && isHeadless(table, rows)) {
      add(new MarkdownElement.Table(MarkdownColumn.NAME_AND_DESCRIPTION, rows, HtmlText.line(table), false));
    } else if (!rows.isEmpty()) {
      add(new MarkdownElement.Table(rows.get(0), rows.subList(1, rows.size()), HtmlText.line(table), false));
    }
    nested.forEach(this::table);
  }

  /**
   * Whether a table has no header row but names a field in the first cell of every row, its qualifiers after it
   * ({@code route required}) and its type and description in the second, as Redoc prints parameter and schema
   * tables.
   */
  private static boolean isHeadless(Element table, List<List<String>> rows) {
    return table.select("thead, th").isEmpty() && !MarkdownColumn.isHeader(rows.get(0))
        && rows.stream().allMatch(row -> row.size() == 2 && FIELD_CELL.matcher(row.get(0)).matches());
  }

  /** Whether a table's rows are labels and values: each starts with a header cell followed by data cells. */
  private static boolean isLabelled(List<Element> rows) {
    return !rows.isEmpty() && rows.stream().allMatch(row -> !row.parent().nameIs("thead")
        && row.childrenSize() > 1 && row.child(0).nameIs("th")
        && row.children().stream().skip(1).allMatch(cell -> cell.nameIs("td")));
  }

  /** The language a preformatted block's classes, or those of its code element or its wrappers, name. */
  private static String language(Element pre) {
    List<Element> marked = new ArrayList<>(pre.select("> code"));
    marked.add(pre);
    if (marked.stream().anyMatch(element -> element.classNames().stream().anyMatch(METHOD_CLASSES::contains))) {
      // A block classed by a method ({@code <pre class="delete">}), as generators print an operation's request line.
      return "http";
    }
    Element wrapper = pre.parent();
    for (int depth = 0; depth < 2 && wrapper != null; depth++, wrapper = wrapper.parent()) {
      marked.add(wrapper);
    }
    for (Element element : marked) {
      for (Iterator<String> classes = element.classNames().iterator(); classes.hasNext(); ) {
        String name = classes.next();
        Matcher language = LANGUAGE_CLASS.matcher(name);
        if (language.matches()) {
          return language.group(1);
        }
        if (name.equals(HIGHLIGHT_CLASS) && classes.hasNext()) {
          return classes.next();
        }
      }
    }
    return "";
  }

  private void addLines(HtmlText run) {
    for (HtmlText.Line line : run.result()) {
      add(new MarkdownElement.TextLine(line.text(), line.number(), listItemOpen, line.literals(), line.number()));
    }
  }

  private void add(MarkdownElement element) {
    elements.add(element);
    listItemOpen = false;
  }
}
