package io.mcdewey.parse.markdown.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import io.mcdewey.parse.GuideParser;
import io.mcdewey.parse.Profiles;
import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElement.Code;
import io.mcdewey.parse.markdown.MarkdownElement.Heading;
import io.mcdewey.parse.markdown.MarkdownElement.Table;
import io.mcdewey.parse.markdown.MarkdownElement.TextLine;
import io.mcdewey.source.GuideDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How web pages read into the elements the markdown reader takes, each construct on its own. */
class HtmlElementsTest {

  @Test
  void readsHeadingsWithTheirLevelAndLine() {
    List<MarkdownElement> elements = HtmlElements.read("""
        <html><body>
        <h1>Kennels</h1>
        <h2 id="list">List <em>kennels</em></h2><h6>Aside</h6>
        </body></html>
        """);

    assertEquals(List.of(new Heading(1, "Kennels", 2, false), new Heading(2, "List kennels", 3, false),
        new Heading(6, "Aside", 3, false)), elements);
  }

  @Test
  void readsATermThatIsANameWithItsDefinitionAsOneListItem() {
    List<MarkdownElement> elements = HtmlElements.read("""
        <dl>
          <dt><var>app_id</var></dt> <dd>Application id. Required.</dd>
          <dt>GET /users</dt> <dd><p>Lists the users.</p><p>Pages of ten.</p></dd>
          <dt>Method</dt> <dd><code>DELETE</code></dd>
        </dl>
        """);

    assertEquals(List.of(new MarkdownElement.TextLine("app_id - Application id. Required.", 2, true),
        new MarkdownElement.TextLine("GET /users", 3, false),
        new MarkdownElement.TextLine("Lists the users.", 3, false),
        new MarkdownElement.TextLine("Pages of ten.", 3, false), new MarkdownElement.TextLine("Method", 4, false),
        new MarkdownElement.TextLine("DELETE", 4, false)),
        elements.stream().map(e -> e instanceof MarkdownElement.TextLine line
            ? new MarkdownElement.TextLine(line.text(), line.line(), line.listItem()) : e).toList());
  }

  @Test
  void anEmphasisedSegmentOfAPathIsAVariable() {
    List<MarkdownElement> elements = HtmlElements.read("<p>/api/queues/<i>vhost</i>/<i>name</i></p>\n"
        + "<p>Send it <i>now</i>.</p>\n");

    assertEquals(List.of("/api/queues/{vhost}/{name}", "Send it now."), elements.stream()
        .map(element -> ((MarkdownElement.TextLine) element).text()).toList());
  }

  @Test
  void cutsParagraphsAtLineBreaksOnly() {
    List<MarkdownElement> elements = HtmlElements.read("""
        <p>Lists the kennels,
           nearest first.</p>
        <p>
          <code>GET /kennels</code><br>
          <code>GET /kennels/{id}</code>
        </p>
        """);

    assertEquals(List.of(new TextLine("Lists the kennels, nearest first.", 1, false),
        literalLine("GET /kennels", 4), literalLine("GET /kennels/{id}", 5)), elements);
  }

  @Test
  void keepsTheTextOfInlineMarkup() {
    List<MarkdownElement> elements = HtmlElements.read(
        "<p>Send <code>X-Kennel-Key</code>, see <a href=\"#keys\">keys</a>; <strong>never</strong> share it.</p>");

    assertEquals(List.of(new TextLine("Send X-Kennel-Key, see keys; never share it.", 1, false,
        List.of(new TextLine.Literal(5, "X-Kennel-Key")), 1)), elements);
  }

  @Test
  void keepsTheCodeALineSetsApartAsItsLiterals() {
    List<MarkdownElement> elements = HtmlElements.read(
        "<p><tt>id</tt>: the <code>kennel</code>'s <kbd>id</kbd><br><samp>none</samp></p>");

    assertEquals(List.of(new TextLine("id: the kennel's id", 1, false, List.of(new TextLine.Literal(0, "id"),
        new TextLine.Literal(8, "kennel"), new TextLine.Literal(17, "id")), 1),
        new TextLine("none", 1, false, List.of(new TextLine.Literal(0, "none")), 1)), elements);
  }

  @Test
  void placesALiteralWhereItStandsAndDropsOneALineBreakCuts() {
    assertEquals(List.of(new TextLine("Send id, the id field", 1, false, List.of(new TextLine.Literal(13, "id")), 1)),
        HtmlElements.read("<p>Send id,   the <code> id</code> field</p>"));
    assertEquals(List.of(new TextLine("Call GET", 1, false), new TextLine("/kennels/{id} now", 1, false)),
        HtmlElements.read("<p>Call <code>GET<br>/kennels/{id}</code> now</p>"));
    assertEquals(List.of(new TextLine("Send the following request to the server: GET", 1, false),
        new TextLine("/x", 1, false)),
        HtmlElements.read("<p>Send the following request to the server: <code>GET<br>/x</code></p>"));
  }

  @Test
  void boldWordsBeforeAPathAloneLabelItInAnyLanguage() {
    List<MarkdownElement> elements = HtmlElements.read("""
        <p><strong>URI del recurso</strong> /users/login</p>
        <p><b>Ressource :</b> https://api.example.com/v1</p>
        <p><strong>Never</strong> call /users twice.</p>
        """);

    assertEquals(List.of(
        new TextLine("URI del recurso: /users/login", 1, false, List.of(new TextLine.Literal(17, "/users/login")), 1),
        new TextLine("Ressource : https://api.example.com/v1", 2, false,
            List.of(new TextLine.Literal(12, "https://api.example.com/v1")), 2),
        new TextLine("Never call /users twice.", 3, false)), elements);
  }

  @Test
  void readsListItemsAsLinesOpeningAnItem() {
    List<MarkdownElement> elements = HtmlElements.read("""
        <ul>
          <li><strong>city</strong> (string) – where<br>the kennel is</li>
          <li><p>places</p>
            <ol><li>nested</li></ol>
          </li>
        </ul>
        """);

    assertEquals(List.of(new TextLine("city (string) – where", 2, true), new TextLine("the kennel is", 2, false),
        new TextLine("places", 3, true), new TextLine("nested", 4, true)), elements);
  }

  @Test
  void readsDefinitionListsAndTextBlocks() {
    List<MarkdownElement> elements = HtmlElements.read("""
        <dl><dt>Status Codes:</dt>
        <dd>200 OK – listed</dd></dl>
        <div>Deprecated <span>since 2.0</span><div>Use the v3 call.</div></div>
        <blockquote><p>Quoted.</p></blockquote>
        <hr>
        """);

    assertEquals(List.of(new TextLine("Status Codes:", 1, false), new TextLine("200 OK – listed", 2, false),
        new TextLine("Deprecated since 2.0", 3, false), new TextLine("Use the v3 call.", 3, false),
        new TextLine("Quoted.", 4, false), new TextLine("---", 5, false)), elements);
  }

  @Test
  void readsATableWithAHeadRow() {
    List<MarkdownElement> elements = HtmlElements.read("""
        <table>
          <thead><tr><th>Parameter</th><th>Default</th><th>Description</th></tr></thead>
          <tbody>
            <tr><td><code>city</code></td><td></td><td>Only kennels
              in this   city.</td></tr>
            <tr><td>open</td><td>true</td><td><p>Open ones.</p><p>Or all.</p></td></tr>
          </tbody>
        </table>
        """);

    assertEquals(List.of(new Table(List.of("Parameter", "Default", "Description"),
        List.of(List.of("city", "", "Only kennels in this city."), List.of("open", "true", "Open ones. Or all.")),
        1, false)), elements);
  }

  @Test
  void takesTheFirstRowAsHeaderWithoutAHeadRow() {
    List<MarkdownElement> elements = HtmlElements.read("""
        <p>Errors:</p>
        <table>
        <tr><td>Status</td><td>Meaning</td></tr>
        <tr><td>404</td><td>No such kennel</td></tr>
        </table>
        """);

    assertEquals(List.of(new TextLine("Errors:", 1, false),
        new Table(List.of("Status", "Meaning"), List.of(List.of("404", "No such kennel")), 2, false)), elements);
  }

  @Test
  void readsRowsOfLabelsAndValuesAsLines() {
    List<MarkdownElement> elements = HtmlElements.read("""
        <table>
        <tr><th>URI</th><td>/kennels/{id}</td></tr>
        <tr><th>HTTP Method</th><td>GET</td></tr>
        </table>
        """);

    assertEquals(List.of(new TextLine("URI", 2, false), new TextLine("/kennels/{id}", 2, false),
        new TextLine("HTTP Method", 3, false), new TextLine("GET", 3, false)), elements);
  }

  @Test
  void readsATableInACellAfterTheTableHoldingIt() {
    List<MarkdownElement> elements = HtmlElements.read("""
        <table>
        <tr><th>Field</th><th>Description</th></tr>
        <tr><td>owner</td><td>Who pays:
          <table><tr><th>Field</th><th>Type</th></tr><tr><td>name</td><td>string</td></tr></table>
        </td></tr>
        </table>
        """);

    assertEquals(List.of(
        new Table(List.of("Field", "Description"), List.of(List.of("owner", "Who pays:")), 1, false),
        new Table(List.of("Field", "Type"), List.of(List.of("name", "string")), 4, false)), elements);
  }

  @Test
  void readsPreformattedBlocksAsCodeInTheLanguageTheirClassesName() {
    List<MarkdownElement> elements = HtmlElements.read("""
        <pre><code class="language-json">{"id": 7}</code></pre>
        <pre class="lang-xml"><code>&lt;kennel/&gt;</code></pre>
        <div class="highlight-http notranslate"><div class="highlight"><pre><span>GET</span> /kennels</pre></div></div>
        <pre><code class="highlight shell">curl <span class="s2">"https://kennel.example.com"</span>
        </code></pre>
        <pre>plain</pre>
        """);

    assertEquals(List.of(new Code("json", "{\"id\": 7}\n", 1), new Code("xml", "<kennel/>\n", 2),
        new Code("http", "GET /kennels\n", 3), new Code("shell", "curl \"https://kennel.example.com\"\n", 4),
        new Code("", "plain\n", 6)), elements);
  }

  @Test
  void leavesOutWhatIsNotTheGuidesText() {
    List<MarkdownElement> elements = HtmlElements.read("""
        <html><head><title>Kennels</title><style>p { color: red; }</style></head><body>
        <header><a href="/">Home</a></header>
        <nav><ul><li>Kennels</li></ul></nav>
        <div role="navigation">Docs &gt; Kennels</div>
        <main><article id="kennels">
        <header><h1>Kennels<a class="headerlink" href="#kennels" title="Link">¶</a></h1></header>
        <section id="list">
        <h2>List<a href="#list">#</a></h2>
        <script>window.track();</script><noscript>Enable scripts</noscript>
        <p>Shown<svg><text>icon</text></svg><button>Copy</button></p>
        <p hidden>Hidden</p><p aria-hidden="true">Also hidden</p><p style="display: none">Styled away</p>
        <button aria-expanded="false">200 OK</button>
        </section>
        </article></main>
        <footer>© Kennel Corp</footer>
        </body></html>
        """);

    assertEquals(List.of(new Heading(1, "Kennels", 6, false), new Heading(2, "List", 8, false),
        new TextLine("Shown", 10, false), new TextLine("200 OK", 12, false)), elements);
  }

  @Test
  void decodesEntities() {
    List<MarkdownElement> elements = HtmlElements.read(
        "<p><code>GET http://example.com/api/kennels/&lt;ID&gt;?a=1&amp;b=&quot;2&quot;&nbsp;&#x2014;&#233;</code></p>");

    assertEquals(List.of(literalLine("GET http://example.com/api/kennels/<ID>?a=1&b=\"2\" —é", 1)), elements);
  }

  /** A line that is one literal and nothing else. */
  private static TextLine literalLine(String text, int line) {
    return new TextLine(text, line, false, List.of(new TextLine.Literal(0, text)), line);
  }

  @Test
  void setsAMethodBadgeApartFromThePathBesideIt() {
    List<MarkdownElement> elements = HtmlElements.read("""
        <div><span class="http-method">GET</span><span>/users</span></div>
        <div><span>get</span><span>/users/</span><span>{id}</span></div>
        """);

    assertEquals(List.of(new TextLine("GET /users", 1, false), new TextLine("get /users/{id}", 2, false)),
        elements);
  }

  @Test
  void givesEachElementTheLineOfTheFileItStartsOn() {
    List<MarkdownElement> elements = HtmlElements.read("""
        <!DOCTYPE html>
        <html>
        <head>
          <title>Pets</title>
        </head>
        <body>
          <div class="content">

            <h2>Fetch a pet</h2>
            <p>
              Returns one pet.
            </p>
            <table>
              <tr><th>Parameter</th><th>Description</th></tr>
            </table>
            <pre>
        GET /pets/{id}</pre>
          </div>
        </body>
        </html>
        """);

    assertEquals(List.of(9, 11, 13, 16), elements.stream().map(MarkdownElement::line).toList());
  }

  @Test
  void readsAPathLabelledWithItsMethodAsARequestLine() {
    List<MarkdownElement> elements = HtmlElements.read(
        "<pre class=\"prettyprint\" data-type=\"get\"><code>/kennels/:id</code></pre>");

    assertEquals(List.of("GET /kennels/:id"), elements.stream().map(e -> ((MarkdownElement.TextLine) e).text()).toList());
  }

  @Test
  void readsAPathClassedByItsMethodAsARequestLineItsMarkdownEscapesRead() {
    List<MarkdownElement> elements = HtmlElements.read(
        "<div class=\"endpoint post\">/consumer\\_groups/\\{GROUP\\_NAME\\}</div><div class=\"get\">text</div>");

    assertEquals(List.of("POST /consumer_groups/{GROUP_NAME}", "text"),
        elements.stream().map(e -> ((MarkdownElement.TextLine) e).text()).toList());
    assertEquals(true, HtmlElements.holdsClassedRequest("<div class=\"endpoint get\">/consumers</div>"));
    assertEquals(true, HtmlElements.holdsClassedRequest("<div class=\"endpoint get\">/u/{name or id}/t</div>"));
    assertEquals(false, HtmlElements.holdsClassedRequest("<div class=\"get\">/u is where it goes</div>"));
    assertEquals(false, HtmlElements.holdsClassedRequest("<div class=\"note\">/consumers</div>"));
  }

  @Test
  void readsABadgeClassedByItsMethodAndThePathAfterItAsARequestLine() {
    List<MarkdownElement> elements = HtmlElements.read("<div class=\"endpoint\"><div>"
        + "<div class=\"method put\">put</div><div class=\"path\">api/groups/{group_id}</div></div></div>");

    assertEquals(List.of("PUT /api/groups/{group_id}"),
        elements.stream().map(e -> ((MarkdownElement.TextLine) e).text()).toList());
    assertEquals(true, HtmlElements.holdsClassedRequest(
        "<div><div class=\"method get\">get</div><div class=\"path\">/groups</div></div>"));
    assertEquals(false, HtmlElements.holdsClassedRequest(
        "<div><div class=\"method get\">Read</div><div class=\"path\">/groups</div></div>"), "no method named");
    assertEquals(false, HtmlElements.holdsClassedRequest(
        "<div><div class=\"method get\">get</div><div>the groups of a user</div></div>"), "no path");
  }

  @Test
  void keepsAButtonLabelledWithARequestLineAndDropsOtherButtons() {
    List<MarkdownElement> elements = HtmlElements.read(
        "<div><button><span>get</span><span>/fares</span></button><button>Copy</button></div>");

    assertEquals(List.of("get /fares"), elements.stream().map(e -> ((MarkdownElement.TextLine) e).text()).toList());
  }

  @Test
  void readsATableWithoutHeaderRowWhoseRowsNameFieldsAsNamesAndDescriptions() {
    List<MarkdownElement> elements = HtmlElements.read("<table><tbody>"
        + "<tr><td>route <div>required</div></td><td>string Route code.</td></tr>"
        + "<tr><td>limit</td><td>integer At most this many.</td></tr></tbody></table>");

    assertEquals(List.of(new MarkdownElement.Table(List.of("Name", "Description"),
        List.of(List.of("route required", "string Route code."), List.of("limit", "integer At most this many.")), 1,
        false)), elements);
  }

  @Test
  void aRequestLineSetApartAsCodeEndsWhereTheCodeDoes() {
    Api api = new GuideParser().parse(new GuideDocument(
        "inline.html", "", "", "inline", null, """
            <h2>REST API</h2>
            <ul>
              <li><code>GET /connector-plugins</code>- lists the plugins</li>
              <li><code>GET /</code>- returns the version</li>
            </ul>
            """, List.of()),
        Profiles.builtIn().named(Profiles.FALLBACK).orElseThrow());

    assertEquals(List.of("GET /connector-plugins", "GET /"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }

  @Test
  void aDefinitionClosingWithAListOfValuesIsOneItemWithItsValuesNestedUnderIt() {
    List<MarkdownElement> elements = HtmlElements.read("""
        <dl><dt>status</dt><dd><code>string</code> <span>(optional)</span><p>The states to keep.</p>
        <ul><li><code>PD</code> Pending</li><li><code>OD</code> Ordered</li></ul></dd></dl>
        """);

    assertEquals(List.of("status - string (optional) The states to keep.", "PD Pending", "OD Ordered"),
        elements.stream().map(element -> ((MarkdownElement.TextLine) element).text()).toList());
    assertEquals(List.of(false, true, true),
        elements.stream().map(element -> ((MarkdownElement.TextLine) element).nested()).toList());
  }

  @Test
  void backticksInHtmlWrittenInsideMarkdownSetCodeApart() {
    List<MarkdownElement> elements = HtmlElements.readInMarkdown(
        "<p>This ```GET``` method lists `notes`.</p><pre>`kept`</pre>");

    MarkdownElement.TextLine line = (MarkdownElement.TextLine) elements.get(0);
    assertEquals("This GET method lists notes.", line.text());
    assertEquals(List.of("GET", "notes"), line.literals().stream().map(MarkdownElement.TextLine.Literal::text).toList());
    assertEquals("`kept`", ((MarkdownElement.Code) elements.get(1)).content().strip());
  }
}

