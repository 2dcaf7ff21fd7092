package io.mcdewey.parse;

import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.model.Api;
import io.mcdewey.model.Operation;
import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.dialect.HtmlElements;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Reference pages saved from the web, laid out as their toolchains lay them out, read into operations: a Slate page,
 * a saved Redoc page, Sphinx output of HTTP directives, an MkDocs page and a Spring REST Docs page.
 */
class HtmlGuidesTest {

  @Test
  void readsASlatePage() throws Exception {
    Api api = read("slate-kennels.html");

    assertEquals(List.of("GET /api/kennels", "GET /api/kennels/{ID}", "DELETE /api/kennels/{ID}"), requests(api));
    assertEquals("https://kennel.example.com", api.baseUri());
    assertEquals("generic-markdown", api.profile());
    Operation list = operation(api, "GET", "/api/kennels");
    assertEquals("List Kennels", list.title());
    assertEquals(List.of("city query null", "with_vacancies query null"), described(list));
    assertEquals(List.of("ID path true"), described(operation(api, "GET", "/api/kennels/{ID}")));
    assertTrue(list.source().file().endsWith("slate-kennels.html"), list.source().toString());
    assertEquals(60, list.source().line());
  }

  @Test
  void putsTheErrorsTableOfASlatePageInTheElementStream() throws Exception {
    List<MarkdownElement> elements = HtmlElements.read(Files.readString(fixture("slate-kennels.html")));

    assertTrue(elements.contains(new MarkdownElement.Table(List.of("Error Code", "Meaning"), List.of(
        List.of("400", "Bad Request -- the request is malformed."),
        List.of("401", "Unauthorized -- the API key is missing or wrong."),
        List.of("404", "Not Found -- no kennel has this number.")), 146, false)), elements.toString());
  }

  @Test
  void readsASavedRedocPage() throws Exception {
    Api api = read("redoc-invoices.html");

    assertEquals(List.of("GET /v1/invoices", "POST /v1/invoices"), requests(api));
    assertEquals("Invoicing API (1.4.0)", api.title());
    assertEquals("List invoices", operation(api, "GET", "/v1/invoices").title());
    assertEquals(List.of(200, 404), statuses(operation(api, "GET", "/v1/invoices")));
    assertEquals(List.of(201, 422), statuses(operation(api, "POST", "/v1/invoices")));
  }

  @Test
  void readsTheParameterTablesOfASavedRedocPageWhoseRowsHaveNoHeader() throws Exception {
    Api api = read("redoc-invoices.html");

    assertEquals(List.of("owner query true", "status query null"),
        described(operation(api, "GET", "/v1/invoices")));
    assertEquals(List.of("Idempotency-Key header null", "owner body true", "nights body true"),
        described(operation(api, "POST", "/v1/invoices")));
  }

  @Test
  void readsSphinxHttpDirectives() throws Exception {
    Api api = read("sphinx-pets.html");

    assertEquals("Pets API", api.title());
    Operation list = operation(api, "GET", "/kennels/{kennel_id}/pets");
    assertEquals(List.of("kennel_id path true", "species query null", "limit query null", "Accept header null"),
        described(list));
    assertEquals(List.of(200, 404), statuses(list));
    Operation put = operation(api, "PUT", "/kennels/{kennel_id}/pets/{pet_id}");
    assertEquals(List.of("kennel_id path true", "pet_id path true", "name body null", "nights body null"),
        described(put));
    assertEquals(List.of(201, 200, 409), statuses(put));
  }

  @Test
  void readsAnMkDocsPage() throws Exception {
    Api api = read("mkdocs-invoices.html");

    assertEquals("Invoices", api.title());

    Operation create = operation(api, "POST", "/v2/owners/{ownerId}/invoices");
    assertEquals("Create an invoice", create.title());
    assertEquals(List.of("ownerId path true", "nights body true", "note body false"), described(create));
    assertEquals(List.of(201, 404), statuses(create));
    assertEquals("application/json", create.examples().get(0).mediaType());
    Operation cancel = operation(api, "DELETE", "/v2/invoices/{invoiceId}");
    assertEquals(List.of("invoiceId path true"), described(cancel));
    assertEquals(List.of(204, 409), statuses(cancel));
    assertEquals(116, cancel.source().line());
  }

  @Test
  void readsPagesCutShortOrJumbledWithoutFailing() throws Exception {
    Random random = new Random(7);
    for (String name : List.of("slate-kennels.html", "redoc-invoices.html", "sphinx-pets.html",
        "mkdocs-invoices.html")) {
      String html = Files.readString(fixture(name));
      long lines = html.lines().count();
      for (int i = 0; i < 40; i++) {
        int from = random.nextInt(html.length());
        int to = from + random.nextInt(html.length() - from);
        String damaged = i % 2 == 0 ? html.substring(0, to) : html.substring(0, from) + html.substring(to);
        for (MarkdownElement element : HtmlElements.read(damaged)) {
          assertTrue(element.line() >= 1 && element.line() <= lines, name + ": " + element);
        }
      }
    }
  }

  static Path fixture(String name) throws Exception {
    return Path.of(HtmlGuidesTest.class.getResource("html/" + name).toURI());
  }

  @Test
  void readsASpringRestDocsPageWhosePathTemplatesAreTableCaptions() throws Exception {
    Api api = read("restdocs-kennels.html");

    assertEquals(List.of("POST /{shelter}/kennels/{id}", "DELETE /{shelter}/kennels/{id}"), requests(api));
    assertEquals(List.of("shelter path true", "id path true"),
        described(operation(api, "DELETE", "/{shelter}/kennels/{id}")));
    assertEquals("The shelter that runs it",
        operation(api, "POST", "/{shelter}/kennels/{id}").parameters().get(0).description());
  }

  private static Api read(String fixture) throws Exception {
    return Guides.detecting().read(fixture(fixture)).get(0);
  }

  private static List<String> requests(Api api) {
    return api.operations().stream().map(o -> o.method() + " " + o.path()).toList();
  }
}
