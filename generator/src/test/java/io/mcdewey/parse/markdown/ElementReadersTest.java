package io.mcdewey.parse.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.model.ParameterLocation;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.Response;
import io.mcdewey.parse.Diagnostics;
import io.mcdewey.parse.Field;
import io.mcdewey.parse.Profile;
import io.mcdewey.parse.Profiles;
import io.mcdewey.parse.markdown.label.MarkdownLabels;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readers of each kind of a section's elements, each moving a {@link SectionState} on: what one element changes,
 * read alone.
 */
class ElementReadersTest {
  private static final Profile PROFILE = Profiles.builtIn().named(Profiles.FALLBACK).orElseThrow();
  private static final MarkdownLabels LABELS = new MarkdownLabels(PROFILE.labels());

  private final SectionState state = new SectionState(PROFILE);
  private final LabelledFieldLines fields = new LabelledFieldLines(state);
  private final TextLineReader textLines = new TextLineReader(state, LABELS, fields, PROFILE, new Diagnostics(),
      line -> new Provenance("guide.md", null, null, line));
  private final TableReader tables = new TableReader(state, LABELS, textLines);
  private final CodeBlockReader codeBlocks = new CodeBlockReader(state, fields);

  private static List<Integer> statuses(MarkdownPart part) {
    return part.responses.stream().map(Response::status).toList();
  }

  @Test
  void aLabelSetsTheFieldTheLinesUnderItDocument() {
    textLines.text("GET /users", 1, false);
    textLines.text("Query Parameters:", 2, false);
    assertEquals(Field.QUERY_PARAMETERS, state.context);
    textLines.text("limit=<n>", 3, true);
    assertEquals(List.of("limit"), state.current.parameters.stream().map(MarkdownParameter::name).toList());
    assertEquals(ParameterLocation.QUERY, state.current.parameters.get(0).location());
  }

  @Test
  void aMethodAloneIsTheBadgeOfThePathUnderIt() {
    textLines.text("DELETE", 1, false);
    textLines.text("/users/{id}", 2, false);
    assertEquals("DELETE", state.endpoints.get(0).requests.get(0).method());
    assertEquals("/users/{id}", state.endpoints.get(0).requests.get(0).uri());
  }

  @Test
  void aMethodLabelWaitsForTheUriItsFieldReads() {
    textLines.text("Method: PATCH", 1, false);
    assertTrue(state.endpoints.isEmpty());
    assertTrue(fields.uri("/accounts/{id}", 2));
    assertEquals("PATCH", state.endpoints.get(0).requests.get(0).method());
  }

  @Test
  void aTableOfMethodsAndPathsOpensAPart() {
    tables.table(new MarkdownElement.Table(List.of("Method", "Path", "Description"),
        List.of(List.of("GET", "/orders", "lists"), List.of("POST", "/orders", "creates")), 1, false));
    assertEquals(1, state.endpoints.size());
    assertEquals(2, state.endpoints.get(0).requests.size());
  }

  @Test
  void aTableOfStatusesGivesTheCurrentPartItsAnswers() {
    textLines.text("GET /orders", 1, false);
    tables.table(new MarkdownElement.Table(List.of("Status", "Description"),
        List.of(List.of("200", "the orders"), List.of("401", "no token")), 2, false));
    assertEquals(List.of(200, 401), statuses(state.current));
  }

  @Test
  void aRequestLineInCodeOpensAPartAndAStatusLineUnderAnAnswerNamesItsStatus() {
    codeBlocks.code(new MarkdownElement.Code("", "PUT /orders/{id}", 1));
    assertEquals("PUT", state.current.requests.get(0).method());
    state.setContext(Field.RESPONSE_EXAMPLE, true, "");
    codeBlocks.code(new MarkdownElement.Code("http", "HTTP/1.1 409 Conflict\nContent-Type: application/json\n\n{}", 3));
    assertEquals(List.of(409), statuses(state.current));
    assertEquals(1, state.current.examples.size());
  }

  @Test
  void aCurlCommandShowsARequestButOpensNoPart() {
    codeBlocks.code(new MarkdownElement.Code("bash", "curl -X POST https://api.example.com/orders -d '{}'", 1));
    assertTrue(state.endpoints.isEmpty());
    assertEquals(1, state.shownRequests.all().size());
  }

  @Test
  void anExampleOpeningWithItsStatusCollectsItsCodeLikeLines() {
    ExampleLineReader examples = new ExampleLineReader(state);
    textLines.text("GET /users", 1, false);
    state.setContext(Field.RESPONSE_EXAMPLE, false, "");

    assertTrue(examples.read("404 Not Found", 2, false, java.util.Optional.empty()));
    assertEquals(List.of(404), statuses(state.current));
    assertTrue(examples.read("{\"error\": \"no_user\"}", 3, false, java.util.Optional.empty()));
    assertEquals(List.of("{\"error\": \"no_user\"}"), state.exampleLines);
    assertEquals(false, examples.read("The user is looked up by the id given in the path of the call.", 4, false,
        java.util.Optional.empty()), "a sentence ends the example");
  }
}
