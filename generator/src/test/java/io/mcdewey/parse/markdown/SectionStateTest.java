package io.mcdewey.parse.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.model.Example;
import io.mcdewey.parse.Field;
import io.mcdewey.parse.Profiles;
import io.mcdewey.parse.markdown.request.MarkdownRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionStateTest {
  private final SectionState state =
      new SectionState(Profiles.builtIn().named(Profiles.FALLBACK).orElseThrow());

  private static MarkdownRequest request(String method, String uri) {
    return new MarkdownRequest(method, uri, "", 1);
  }

  @Test
  void aRunOfRequestLinesOpensOnePart() {
    state.addRequests(List.of(request("GET", "/users")));
    state.addRequests(List.of(request("HEAD", "/users")));
    assertEquals(1, state.endpoints.size());
    assertEquals(2, state.current.requests.size());
  }

  @Test
  void aRequestLineAfterOtherLinesOpensTheNextPart() {
    state.addRequests(List.of(request("GET", "/users")));
    state.afterRequest = false;
    state.addRequests(List.of(request("DELETE", "/users/{id}")));
    assertEquals(2, state.endpoints.size());
    assertSame(state.endpoints.get(1), state.current);
  }

  @Test
  void aRequestPrintedAgainReturnsToThePartHoldingIt() {
    state.addRequests(List.of(request("GET", "/users")));
    MarkdownPart first = state.current;
    state.afterRequest = false;
    state.addRequests(List.of(request("POST", "/users")));
    state.afterRequest = false;
    state.addRequests(List.of(request("GET", "https://api.example.com/users")));
    assertSame(first, state.current);
    assertEquals(2, state.endpoints.size());
    assertEquals(1, first.requests.size());
  }

  @Test
  void aNewContextEndsTheExampleBeforeIt() {
    state.addRequests(List.of(request("GET", "/users")));
    state.setContext(Field.RESPONSE_EXAMPLE, false, "Response");
    state.exampleLines.add("{\"id\": 1}");
    assertTrue(state.inExample());
    state.setContext(Field.QUERY_PARAMETERS, false, "");
    assertFalse(state.inExample());
    assertEquals(1, state.current.examples.size());
    assertEquals(Example.Kind.RESPONSE, state.current.examples.get(0).kind());
    assertEquals(List.of("{\"id\": 1}"), state.exampleTexts);
  }

  @Test
  void objectFieldsAreTheAnswersUnderAnAnswerAndTheRequestsOtherwise() {
    state.setContext(Field.RESPONSES, true, "");
    state.setContext(Field.OBJECT_FIELDS, true, "");
    assertEquals(Field.RESPONSE_EXAMPLE, state.context);
    state.setContext(null, false, "");
    state.setContext(Field.OBJECT_FIELDS, true, "");
    assertEquals(Field.REQUEST_PARAMETERS, state.context);
  }

  @Test
  void aMethodAndAUriUnderLabelsMakeARequestOnceBothAreSeen() {
    state.addLabelledRequests(state.labelledRequest.methods(List.of("PUT"), 3));
    assertTrue(state.endpoints.isEmpty());
    state.addLabelledRequests(state.labelledRequest.uri("/groups/{id}", 4));
    MarkdownRequest made = state.endpoints.get(0).requests.get(0);
    assertEquals("PUT /groups/{id}", made.method() + " " + made.uri());
  }
}
