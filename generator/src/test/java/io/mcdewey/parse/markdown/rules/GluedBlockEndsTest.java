package io.mcdewey.parse.markdown.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import org.junit.jupiter.api.Test;

class GluedBlockEndsTest {

  @Test
  void aClosingBracketGluedToTheNextLineIsPartedFromIt() {
    ContinuedRequestLines.Joined parted = GluedBlockEnds.split(List.of("\"id\": 1", "}GET /users/:id", "},Respuesta:"),
        List.of(7, 8, 9));
    assertEquals(List.of("\"id\": 1", "}", "GET /users/:id", "},", "Respuesta:"), parted.lines());
    assertEquals(List.of(7, 8, 8, 9, 9), parted.numbers());
  }

  @Test
  void aQuoteClosingACommandsArgumentIsPartedFromTheRequestLineGluedToIt() {
    assertEquals(List.of("-H \"Authorization: Bearer token\"", "POST /users"),
        GluedBlockEnds.split(List.of("-H \"Authorization: Bearer token\"POST /users"), List.of(1)).lines());
    List<String> quoted = List.of("{{< page-relref caption=\"GET /api/v1/lists\" >}}", "} else {", "]");
    assertEquals(quoted, GluedBlockEnds.split(quoted, List.of(1, 2, 3)).lines(), "an opening quote, a bracket alone");
  }

  @Test
  void aPayloadGluedToTheRequestLineAfterItEndsThere() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        POST /auth/login
        {
        "email": "a@example.com"
        }GET /users
        Lists the users.
        """);

    assertEquals("GET /users", ((MarkdownElement.TextLine) elements.get(2)).text());
    assertEquals(4, elements.get(2).line());
  }
}
