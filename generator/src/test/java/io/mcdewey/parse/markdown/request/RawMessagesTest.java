package io.mcdewey.parse.markdown.request;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RawMessagesTest {

  @Test
  void aRequestLineFollowedByAHeaderLineIsARawMessage() {
    assertTrue(RawMessages.isRawMessage(List.of("GET /v1/tags HTTP/1.1", "Host: api.example.com"), 1));
    assertFalse(RawMessages.isRawMessage(List.of("GET /v1/tags HTTP/1.1", "", "{}"), 1));
    assertFalse(RawMessages.isRawMessage(List.of("GET /v1/tags"), 1));
  }

  @Test
  void aHeaderLineIsANameAColonAndASpace() {
    assertTrue(RawMessages.isHeaderLine("Content-Type: application/json"));
    assertFalse(RawMessages.isHeaderLine("https://api.example.com/v1"));
    assertFalse(RawMessages.isHeaderLine("The answer: a list of tags"));
  }

  @Test
  void requestLinesWithPathVariablesWriteTheSyntaxNotAnExchange() {
    assertTrue(RawMessages.writesVariables(List.of(new MarkdownRequest("GET", "/{admin}/usage", "", 1))));
    assertFalse(RawMessages.writesVariables(List.of(new MarkdownRequest("GET", "/admin/usage?uid=7", "", 1))));
  }

  @Test
  void aRequestLineWithOnlyItsMediaTypesAndPerhapsABodyIsASynopsis() {
    assertTrue(RawMessages.isSynopsis(List.of("POST /api/todos", "Content-Type: application/json; charset=utf-8"), 1));
    assertFalse(RawMessages.isSynopsis(List.of("POST /api/todos HTTP/1.1", "Content-Type: application/json"), 1));
    assertFalse(RawMessages.isSynopsis(List.of("POST /api/todos", "Host: example.com"), 1));
    assertTrue(RawMessages.isSynopsis(List.of("GET /chat/conversations", "Authorization: Bearer <token>"), 1));
    assertTrue(RawMessages.isSynopsis(List.of("POST /chat/send", "X-Api-Key: {apiKey}"), 1));
    assertFalse(RawMessages.isSynopsis(List.of("GET /cars?make=Ford", "Authorization: Bearer <token>"), 1),
        "a query given values");
    assertFalse(RawMessages.isSynopsis(List.of("GET /chat/conversations", "Authorization: Bearer eyJhbGciOi"), 1));
    assertTrue(RawMessages.isSynopsis(List.of("POST /api/todos", "Content-Type: application/json", "",
        "{\"title\": \"x\"}"), 1), "with the body it sends");
    assertFalse(RawMessages.isSynopsis(List.of("POST /api/todos", "Content-Type: application/json",
        "Cookie: session=1", "", "{\"title\": \"x\"}"), 1));
    assertFalse(RawMessages.isSynopsis(List.of("GET /api/todos", "Accept: application/json", "", "HTTP/1.1 200 OK",
        "[]"), 1), "an exchange with its answer");
    assertFalse(RawMessages.isSynopsis(List.of("GET /api/todos"), 1));
  }
}
