package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import io.mcdewey.model.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Headings worded as an example's label that title the actions of a resource named so. */
class ExampleTitledEndpointsTest {

  private static List<String> endpoints(Api api) {
    return api.operations().stream().map(o -> o.method() + " " + o.path() + " | " + o.title()).toList();
  }

  @Test
  void actionsOfAResourceCalledExampleAreEndpointsOfTheirOwn() {
    Api api = parse("""
        ## Widgets API

        ### Get All Examples

        ```http
        GET /api/examples
        ```

        **Status Codes:**
        - `200 OK` - listed

        ### Get Example by ID

        ```http
        GET /api/examples/:id
        ```

        ### Create Example

        ```http
        POST /api/examples
        ```

        **Field Descriptions:**
        - `title` (string, required) - a title

        **Status Codes:**
        - `201 Created` - made

        ### Delete Example

        ```http
        DELETE /api/examples/:id
        ```

        **Parameters:**
        - `id` (path) - the example's id
        """);

    assertEquals(List.of("GET /api/examples | Get All Examples", "GET /api/examples/{id} | Get Example by ID",
        "POST /api/examples | Create Example", "DELETE /api/examples/{id} | Delete Example"), endpoints(api));
    assertEquals(List.of(201), operation(api, "POST", "/api/examples").responses().stream()
        .map(Response::status).toList(), "its own statuses, none of the section before it");
    assertEquals(List.of(200), operation(api, "GET", "/api/examples").responses().stream()
        .map(Response::status).toList());
  }

  @Test
  void aHeadingOverACallAloneStaysAnExampleWhateverItCalls() {
    Api api = parse("""
        ### Create order
        `POST /orders`

        ### Minimal Example

        ```http
        POST /orders
        ```

        ### Get invoice
        `GET /invoices/{id}`

        ### Example

        ```http
        POST /oauth/token
        ```

        ### Payload Example

        ```http
        POST /your/endpoint/path
        ```

        ### Get order
        `GET /orders/{id}`
        """);

    assertEquals(List.of("POST /orders | Create order", "GET /invoices/{id} | Get invoice",
        "GET /orders/{id} | Get order"), endpoints(api));
  }

  @Test
  void anExampleOfTheEndpointBesideItStaysAnExample() {
    Api api = parse("""
        ### Get a widget

        ```http
        GET /widgets/{id}
        ```

        ### Request Example

        ```http
        GET /widgets/42
        ```
        """);

    assertEquals(List.of("GET /widgets/{id} | Get a widget"), endpoints(api), "the same method, its variable filled");
  }

  @Test
  void anExampleRequestUnderAnEndpointPrintingNoneOfItsOwnStaysItsLabel() {
    Api api = parse("""
        ## Create a widget

        **Parameters:**
        - `name` (string) - what the widget is called

        ### Example request

        ```http
        POST /widgets HTTP/1.1
        Host: api.example.com
        ```

        ## Delete a widget

        ```http
        DELETE /widgets/{id}
        ```
        """);

    assertEquals(List.of("POST /widgets | Create a widget", "DELETE /widgets/{id} | Delete a widget"),
        endpoints(api));
  }

  @Test
  void anExampleWordedHeadingWithNothingBesideItsLabelBeforeAnotherEndpointStaysALabel() {
    Api api = parse("""
        ## Widgets

        **Parameters:**
        - `name` (string) - what the widget is called

        ### Example

        ```http
        POST /widgets HTTP/1.1
        Host: api.example.com
        ```

        ### Delete a widget

        ```http
        DELETE /widgets/{id}
        ```
        """);

    assertEquals("Widgets", operation(api, "POST", "/widgets").title(), "a caption is what names an action");
  }
}
