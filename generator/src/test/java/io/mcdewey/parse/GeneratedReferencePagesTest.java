package io.mcdewey.parse;

import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTML pages generators print from an OpenAPI document, in the shapes of their templates: a method badge in lower
 * case over each operation, statuses as headings or as terms of their own, parameters as qualified terms.
 */
class GeneratedReferencePagesTest {
  @TempDir
  Path dir;

  private Api read(String html) throws Exception {
    Path page = dir.resolve("page.html");
    Files.writeString(page, "<html><body>" + html + "</body></html>");
    return Guides.detecting().read(page).get(0);
  }

  @Test
  void aLowerCaseBadgeInABlockOfCodeOpensAnOperationWhoseStatusesAreHeadings() throws Exception {
    Api api = read("""
        <h1>Kennels</h1>
        <div class="method">
          <pre class="delete"><code><span class="http-method">delete</span> /api/kennels/{id}</code></pre>
          <div class="method-summary">closes a kennel</div>
          <h3 class="field-label">Responses</h3>
          <h4 class="field-label">204</h4>
          closed
          <h4 class="field-label">404</h4>
          no such kennel
        </div>
        """);

    assertEquals(List.of(204, 404), statuses(operation(api, "DELETE", "/api/kennels/{id}")));
  }

  @Test
  void aStatusWithItsStandardReasonAloneOnALineIsOneTheOperationAnswersWith() throws Exception {
    Api api = read("""
        <h3><span class="operation-name">DELETE</span> <strong>/kennels</strong></h3>
        <dl>
          <dt class="sw-response-204">204 No Content</dt>
          <dd><p>OK</p></dd>
          <dt class="sw-response-409">409 Conflict</dt>
          <dd><p>Dogs are still in it</p></dd>
        </dl>
        """);

    assertEquals(List.of(204, 409), statuses(operation(api, "DELETE", "/kennels")));
  }

  @Test
  void aTermQualifiedInParenthesesNamesAParameter() throws Exception {
    Api api = read("""
        <h3>GET /api/kennels</h3>
        <p><b>Query parameters:</b></p>
        <dl><dt>breed (optional)</dt><dd>only kennels keeping this breed</dd></dl>
        <dl><dt>apikey</dt><dd>the key you were given</dd></dl>
        """);

    assertEquals(List.of("breed query false", "apikey query null"), described(operation(api, "GET", "/api/kennels")));
  }

  @Test
  void aMethodBadgeSetApartByStyleAloneStandsBeforeItsPath() throws Exception {
    Api api = read("""
        <h3>Statistics of a year</h3>
        <p class="api-endpoint"><span class="http-verb">GET</span>/statistics/{year}</p>
        """);

    assertEquals(List.of("year path true"), described(operation(api, "GET", "/statistics/{year}")));
  }

  @Test
  void aNameMarkedRequiredUnderTheRequestBodysLabelIsABodyParameter() throws Exception {
    Api api = read("""
        <pre class="post"><code class="huge"><span class="http-method">post</span> /requests/submit</code></pre>
        <h3 class="field-label">Request body</h3>
        <div class="field-items">
          <div class="param">job (required)</div>
          <div class="param-desc"><span class="param-type">Body Parameter</span> &mdash; the job to run</div>
        </div>
        """);

    assertEquals(List.of("job body true"), described(operation(api, "POST", "/requests/submit")));
  }

  @Test
  void aUrlPrintedAgainWithAQueryNamesItsQueryParameters() throws Exception {
    Api api = read("""
        <h2>The travelers</h2>
        <p>Method: GET</p>
        <p>URL: https://hostname:port/apis/travelers/</p>
        <p>A device name narrows the list.</p>
        <p>URL: https://hostname:port/apis/travelers/?device=:devicename</p>
        """);

    assertEquals(List.of("device query null"), described(operation(api, "GET", "/apis/travelers/")));
  }

  @Test
  void aCollapsibleBlockWhoseSummaryIsARequestLineIsItsSection() throws Exception {
    Api api = read("""
        <h2>File methods</h2>
        <details><summary><span class="method">POST</span>/file</summary>
          <h3>Parameters</h3>
          <table><tr><th>Param</th><th>Type</th><th>Required</th></tr>
            <tr><td>name</td><td>string</td><td>false</td></tr></table>
          <h3>Returns</h3>
          <p>HTTP 201: Created</p>
        </details>
        <details><summary><span class="method">DELETE</span>/file/{id}</summary>
          <h3>Returns</h3>
          <p>HTTP 204: No Content</p>
        </details>
        """);

    assertEquals(List.of("name body false"), described(operation(api, "POST", "/file")));
    assertEquals(List.of(204), statuses(operation(api, "DELETE", "/file/{id}")));
  }

  @Test
  void aCollapsibleQuestionOrExampleIsNoSection() throws Exception {
    Api api = read("""
        <h2>Upload a file</h2>
        <p>POST /files</p>
        <details><summary>POST /files returns 413 for large uploads</summary><p>Split the file.</p></details>
        <details><summary>GET /files/42</summary><pre><code>curl https://api.example.com/files/42</code></pre></details>
        """);

    // The question heads nothing: the one POST keeps its section, and no operation takes a summary for its title.
    assertEquals(List.of("POST /files Upload a file"), api.operations().stream()
        .filter(o -> o.method().equals("POST")).map(o -> o.method() + " " + o.path() + " " + o.title()).toList());
    assertEquals(List.of("Upload a file"), api.operations().stream().map(o -> o.title()).distinct().toList());
  }

  @Test
  void markdownKeptInAnXmpForAScriptToRenderIsThePagesText() throws Exception {
    Api api = read("""
        <xmp theme="united" style="display:none;">
        ## GET /kennels/{id}

        | Parameter | Required | Description |
        |---|---|---|
        | id | yes | The kennel |
        </xmp>
        """);

    assertEquals(List.of("id path true"), described(operation(api, "GET", "/kennels/{id}")));
  }

  @Test
  void aPathEndingInAVariableStandsApartFromTheSummaryAfterIt() throws Exception {
    Api api = read("""
        <details><summary><span class="api-method">GET</span> <code class="api-path">/dag/{thread_id}</code><span
        class="api-sum">Dag</span></summary><p>HTTP 200: OK</p></details>
        """);

    assertEquals(List.of("GET /dag/{thread_id}"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }

  @Test
  void aBadgeBeforeTheRequestsNameIsTheMethodOfTheUrlUnderIt() throws Exception {
    Api api = read("""
        <section>
          <div class="endpoint-title"><span class="method-tag">GET</span> Get Kennel by ID</div>
          <div class="endpoint-url">https://api.example.com/api/kennels/:id</div>
          <p>Returns one kennel.</p>
        </section>
        """);

    assertEquals(List.of("id path true"), described(operation(api, "GET", "/api/kennels/{id}")));
  }
}
