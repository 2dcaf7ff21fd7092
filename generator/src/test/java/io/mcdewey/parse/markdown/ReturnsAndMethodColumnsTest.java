package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static io.mcdewey.parse.markdown.MarkdownParserTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import io.mcdewey.model.Parameter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a page says comes back, in French ({@code Retour:}) or as a reason closed by its status ({@code Response OK
 * (200):}), and parameter columns named by the method that sends them ({@code GET Parameter}).
 */
class ReturnsAndMethodColumnsTest {

  @Test
  void readsTheTablesUnderAFrenchReturnLabelAsTheAnswers() {
    Api api = parse("""
        ## Jeton

        GET /api/login/token

        | GET Parameter | Valeur |
        |---|---|
        | name | Le nom de l'utilisateur |

        *Retour:*

        | Clé | Valeur |
        |---|---|
        | token | Le jeton |
        """);

    assertEquals(List.of("name"), operation(api, "GET", "/api/login/token").parameters().stream()
        .map(Parameter::name).toList());
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
}
