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
}
