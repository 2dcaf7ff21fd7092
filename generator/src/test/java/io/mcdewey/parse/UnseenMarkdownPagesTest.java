package io.mcdewey.parse;

import static io.mcdewey.parse.UnseenPages.read;
import static io.mcdewey.parse.UnseenPages.requests;
import static io.mcdewey.parse.UnseenPages.titles;
import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.model.Api;
import io.mcdewey.model.Example;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reference pages in the shapes other vendors publish (payment-style, repository-style, rendered OpenAPI, API
 * Blueprint, documentation-site exports), written for these tests: what a careful reader takes from each.
 */
class UnseenMarkdownPagesTest {

  @Test
  void readsRequiredColumnsAndStatusBullets() throws Exception {
    Api api = read("payments-reference.md");
    Operation create = operation(api, "POST", "/v1/customers");

    assertEquals("generic-markdown", api.profile());
    assertEquals("Create a customer", create.title());
    assertEquals(List.of("email body false", "name body true", "metadata body false"), described(create));
    assertEquals(List.of(new Response(200, "OK", "the customer was created."),
        new Response(400, "Bad Request", "a parameter is missing or malformed."),
        new Response(401, "Unauthorized", "no valid key was given.")), create.responses());
  }

  @Test
  void readsColonPathParametersAndQuotedDeprecations() throws Exception {
    Api api = read("payments-reference.md");
    Operation retrieve = operation(api, "GET", "/v1/customers/{id}");
    Operation delete = operation(api, "DELETE", "/v1/customers/{customer_id}");

    assertEquals(List.of("id path true", "expand query false"), described(retrieve));
    assertEquals(List.of(200, 404), statuses(retrieve));
    assertTrue(delete.deprecated());
    assertFalse(retrieve.deprecated());
    assertEquals(List.of(204), statuses(delete));
  }

  @Test
  void takesTheEndpointFromACurlCommandWhenNoRequestLineIsPrinted() throws Exception {
    Operation list = operation(read("payments-reference.md"), "GET", "/v1/customers");

    assertEquals("List customers", list.title());
    assertEquals(List.of("limit query false", "starting_after query false", "Idempotency-Key header false"),
        described(list));
    assertEquals(List.of(200, 429), statuses(list));
    assertTrue(list.complete());
  }

  @Test
  void readsInColumnsBoldRequiredMarksAndStatusCodeTables() throws Exception {
    Api api = read("repositories-reference.md");
    Operation get = operation(api, "GET", "/repos/{owner}/{repo}");
    Operation update = operation(api, "PATCH", "/repos/{owner}/{repo}");

    assertEquals(3, api.operations().size(), "a curl sample under a printed request line is only an example");
    assertEquals(List.of("owner path true", "repo path true", "accept header null"), described(get));
    assertEquals(List.of(200, 301, 403, 404), statuses(get));
    assertEquals(List.of("owner path true", "repo path true", "name body null", "private body null"),
        described(update));
    assertEquals(List.of(200, 307, 422), statuses(update));
  }

  @Test
  void readsParameterAndStatusListsUnderColonLabels() throws Exception {
    Operation topics = operation(read("repositories-reference.md"), "GET", "/repos/{owner}/{repo}/topics");

    assertEquals(List.of("owner path true", "repo path true", "page query null", "per_page query null"),
        described(topics));
    assertEquals(List.of(200, 404), statuses(topics));
  }

  @Test
  void readsRenderedOpenApiPages() throws Exception {
    Api api = read("pets-openapi-rendered.md");

    assertEquals(List.of("GET /pets", "GET /pets/{petId}", "POST /pets/{petId}/adoption"), requests(api));
    Operation list = operation(api, "GET", "/pets");
    assertEquals(List.of("limit query false", "X-Request-Id header true"), described(list));
    assertEquals(List.of("[{\"id\": 1, \"name\": \"Rex\"}]"),
        list.examples().stream().map(Example::content).toList(), "an HTML heading ends the example");
    Operation adopt = operation(api, "POST", "/pets/{petId}/adoption");
    assertEquals(List.of("petId path true", "body body true", "adopter body true", "visitDate body false"),
        described(adopt));
    assertEquals(List.of(201, 409), statuses(adopt));
  }

  @Test
  void readsBlueprintActionsUnderTheirResourceUris() throws Exception {
    Api api = read("notes-blueprint.md");

    assertEquals(List.of("GET /notes", "POST /notes", "GET /notes/{id}", "DELETE /notes/{id}"), requests(api));
    assertEquals(List.of("List All Notes", "Create a Note", "Retrieve a Note", "Delete a Note"),
        api.operations().stream().map(Operation::title).toList());
    assertEquals(List.of("page query null", "tag query null"), described(api.operations().get(0)));
    assertEquals(List.of(201, 422), statuses(api.operations().get(1)));
    assertEquals(List.of("id path true"), described(api.operations().get(2)));
    assertEquals(List.of(200, 404), statuses(api.operations().get(2)));
  }

  @Test
  void readsMethodBadgesBesideUrlsAndTypedParameterLines() throws Exception {
    Api api = read("tickets-readme-style.md");
    Operation retrieve = operation(api, "GET", "/v2/tickets/{ticket_id}");
    Operation close = operation(api, "POST", "/v2/tickets/{ticket_id}/close");

    assertEquals("Retrieve a ticket", retrieve.title());
    assertEquals(List.of("ticket_id path true", "include query null", "Accept-Language header null"),
        described(retrieve));
    assertEquals("The ticket's numeric ID.", retrieve.parameter("ticket_id").orElseThrow().description());
    assertEquals(List.of(200, 404), statuses(retrieve));
    assertEquals(List.of("ticket_id path true", "reason body true", "notify_requester body null"), described(close));
    assertEquals(List.of(204, 409), statuses(close));
  }

  @Test
  void keepsASectionWhoseRequestLineFollowsALabel() throws Exception {
    Operation create = operation(read("orders-reference.md"), "POST", "/api/v2/orders");

    assertEquals("Create an order (v2)", create.title());
    assertEquals(List.of("Authorization header true", "Content-Type header true", "X-Trace header false",
        "sku body true", "quantity body false", "coupon body null"), described(create));
    assertEquals(new Response(201, "Created", "the Location header names the new order."), create.responses().get(0));
  }

  @Test
  void deprecatesOnlyWhatTheGuideDeprecates() throws Exception {
    Api api = read("orders-reference.md");

    assertFalse(operation(api, "POST", "/api/v2/orders").deprecated(),
        "mentioning a deprecated endpoint or field does not deprecate this one");
    assertTrue(operation(api, "GET", "/api/v1/orders").deprecated());
  }

  @Test
  void takesTheEndpointFromARawMessageWithItsDocumentedPathParameter() throws Exception {
    Operation get = operation(read("orders-reference.md"), "GET", "/api/v2/orders/{order_id}");

    assertEquals(List.of("order_id path true"), described(get));
    assertEquals(List.of(200, 404), statuses(get));
  }

  @Test
  void keepsASectionWhoseMethodAndUrlStandUnderLabelsOfTheirOwn() throws Exception {
    Operation update = operation(read("widgets-reference.md"), "PATCH", "/v3/widgets/{widgetId}");

    assertEquals("Update a widget", update.title());
    assertEquals(List.of("widgetId path true", "Authorization header true", "If-Match header null",
        "label body false", "color body false"), described(update));
    assertEquals(List.of(200, 412), statuses(update));
  }

  @Test
  void readsStatusesNamedInASentenceAboutResponses() throws Exception {
    Operation remove = operation(read("widgets-reference.md"), "DELETE", "/v3/widgets/{widgetId}");

    assertEquals(List.of("widgetId path true"), described(remove));
    assertEquals(List.of(new Response(204, "No Content", ""), new Response(404, "Not Found", "")),
        remove.responses());
  }

  @Test
  void readsParametersListedUnderTheRequestLineWithoutALabel() throws Exception {
    Operation search = operation(read("widgets-reference.md"), "GET", "/v3/widgets/search");

    assertEquals(List.of("q query true", "limit query false"), described(search));
    assertEquals("The words to look for.", search.parameter("q").orElseThrow().description());
    assertEquals(List.of(200, 400), statuses(search));
  }
}
