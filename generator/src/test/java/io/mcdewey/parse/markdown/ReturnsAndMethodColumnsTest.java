package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static io.mcdewey.parse.markdown.MarkdownParserTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a page says comes back, in French ({@code Valeur de retour:}) or as a reason closed by its status
 * ({@code Response OK (200):}), parameter columns named by the method that sends them ({@code GET Parameter}), and
 * methods given beside a path printed apart.
 */
class ReturnsAndMethodColumnsTest {

  @Test
  void readsTheTablesUnderAFrenchReturnValueLabelAsTheAnswers() {
    Api api = parse("""
        ## Jeton

        GET /api/login/token

        | GET Parameter | Valeur |
        |---|---|
        | name | Le nom de l'utilisateur |

        *Valeur de retour:*

        | Clé | Valeur |
        |---|---|
        | token | Le jeton |
        """);

    assertEquals(List.of("name"), names(operation(api, "GET", "/api/login/token")));
  }

  @Test
  void aLabelWrittenWithItsColonInTheProfileNeedsIt() {
    Api api = parse("""
        ## Commandes

        POST /commandes

        [Retour](#top)

        | Paramètre | Type | Description |
        |---|---|---|
        | produit | string | Le produit |

        *Retour:*

        | Clé | Valeur |
        |---|---|
        | id | Le numéro |
        """);

    assertEquals(List.of("produit"), names(operation(api, "POST", "/commandes")));
  }

  @Test
  void readsAStatusClosingAnAnswersCaptionAfterItsReason() {
    Api api = parse("""
        ## Login

        POST /token

        Response OK (200):

        {"access_token": "x"}

        Bad Request (400):

        {"error": "invalid_grant"}
        """);

    assertEquals(List.of(200, 400), statuses(operation(api, "POST", "/token")));
    Api timed = parse("""
        ## Login

        POST /token

        Response time (500 ms):

        {"access_token": "x"}
        """);
    assertEquals(List.of(), statuses(operation(timed, "POST", "/token")), "a time, no status");
  }

  @Test
  void readsListItemsOfANameATypeAndADescription() {
    Api api = parse("""
        ## Orders

        GET /orders

        Query parameters

        - limit integer How many to list
        - status string required订单状态
        """);

    assertEquals(List.of("limit:null", "status:true"), operation(api, "GET", "/orders").parameters().stream()
        .map(p -> p.name() + ":" + p.required()).toList());
  }

  @Test
  void aTableUnderAHeadingOfOtherWordsAfterTheStatusesDescribesTheAnswer() {
    Api api = parse("""
        ## GET - `/api/apps`

        ### Parameter

        **Name** | **Type** | **Description**
        ---- | ---- | ----
        `name` | `string` | A pattern of the name

        ### HTTP status

        **Status** | **Description**
        ---- | ----
        `200` | Found

        ### Data structure

        **Name** | **Type** | **Description**
        ---- | ---- | ----
        `id` | `number` | The app's number
        `url` | `string` | Its page
        """);

    assertEquals(List.of("name"), names(operation(api, "GET", "/api/apps")));
    Api paged = parse("""
        ## GET /api/apps

        ### Parameter

        | Name | Type | Description |
        |---|---|---|
        | name | string | A pattern |

        ### HTTP status

        | Status | Description |
        |---|---|
        | 200 | Found |

        ### Pagination

        | Name | Type | Description |
        |---|---|---|
        | limit | int | How many |
        """);
    assertEquals(List.of("name", "limit"), names(operation(paged, "GET", "/api/apps")),
        "a heading of no structure of data");
  }

  @Test
  void readsStatusesNamedWithTheWordCodeInOtherLanguages() {
    Api api = parse("""
        # Productos

        GET /productos

        ## Respuesta Exitosa (Código 200 OK)

        {"items": []}

        ## Código 404 Not Found:

        {"error": "no hay"}
        """);

    assertEquals(List.of(200, 404), statuses(operation(api, "GET", "/productos")));
    Api counted = parse("""
        # Artikel

        GET /artikel

        ### Antwort (500 Zeichen Vorschau)

        ### Código 301 - Cuenta bloqueada
        """);
    assertEquals(List.of(), statuses(operation(counted, "GET", "/artikel")), "a count and an application's code");
  }

  @Test
  void aMethodsLabelCompletesAPathPrintedAloneAboveIt() {
    Api api = parse("""
        ## Lista veicoli

        /<userid>/ads/

        Metodo: GET
        """);

    assertEquals(List.of("userid"), names(operation(api, "GET", "/{userid}/ads/")));
    Api labelled = parse("""
        ## Create order

        /orders

        Method: POST

        URL: /v2/orders
        """);
    assertEquals(List.of("POST /v2/orders"), labelled.operations().stream()
        .map(o -> o.method() + " " + o.uriTemplate()).toList(), "a URI under its label wins");
  }

  @Test
  void aPathSetApartAsABlockOfItsOwnIsPrintedAloneAndAPluralNameColumnNamesFields() {
    Api api = parse("""
        ## Orders Index

        ```bash
        /api/v2/orders/
        ```

        | Information | |
        | --- | --- |
        | HTTP Method | GET |
        | Requires Authentication | Yes |

        ### Parameters

        | Parameters | Type | Information |
        | --- | --- | --- |
        | page | integer | page number |
        | per_page | integer | orders a page |
        """);

    assertEquals(List.of("page", "per_page"), names(operation(api, "GET", "/api/v2/orders/")));
    Api files = parse("""
        ## Health check

        Install the agent into:

        ```bash
        /opt/agent/bin
        ```

        | Option | Value |
        | --- | --- |
        | HTTP Method | GET |

        | Parameters | Type | Description |
        | --- | --- | --- |
        | Network settings | group | The network |
        """);
    assertEquals(List.of(), files.operations(), "a machine's folder is no path of the API's");
  }

  @Test
  void aCallFillingInThePathPrintedAloneAboveItDocumentsThatPath() {
    Api api = parse("""
        Get a task

        /dev/task/:id
        Returns one task.

        GET /dev/task/task_123
        Authorization: Bearer TOKEN

        Delete a task

        /dev/task/:id
        Deletes one task.

        DELETE /dev/task/task_124
        Authorization: Bearer TOKEN

        Me

        /dev/users/:id
        GET /dev/tasks/mine
        """);

    assertEquals(List.of("GET /dev/task/{id}", "DELETE /dev/task/{id}", "GET /dev/tasks/mine"),
        api.operations().stream().map(o -> o.method() + " " + o.uriTemplate()).toList());
    Api routes = parse("""
        Orders

        /orders/{orderId}
        One order.

        GET /orders/123?expand=items

        POST /orders/cancel

        GET /orders/456
        """);
    assertEquals(List.of("GET /orders/{orderId}?expand=items", "POST /orders/cancel", "GET /orders/456"),
        routes.operations().stream().map(o -> o.method() + " " + o.uriTemplate()).toList(),
        "the first call with values only, its query kept; a word in a variable's place may be a route");
  }

  private static List<String> names(Operation operation) {
    return operation.parameters().stream().map(Parameter::name).toList();
  }
}
