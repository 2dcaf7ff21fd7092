package io.mcdewey.parse.markdown.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.List;
import org.junit.jupiter.api.Test;

class RamlElementsTest {
  private static final String RAML = """
      #%RAML 1.0
      title: Kennels
      traits:
        paged:
          queryParameters:
            page:
              type: integer
              required: false
      /kennels:
        /{kennelId}:
          uriParameters:
            kennelId: string
          get:
            displayName: Get a kennel
            is: [ paged ]
            headers:
              Authorization:
                required: true
            responses:
              200:
                description: The kennel.
              404:
      """;

  @Test
  void readsEachMethodOfEachResourceAsAnEndpointWithItsParametersAndStatuses() {
    assertEquals(List.of(
        new MarkdownElement.Heading(2, "Get a kennel", 13, false),
        new MarkdownElement.TextLine("GET /kennels/{kennelId}", 13, false),
        new MarkdownElement.Table(List.of("Name", "In", "Type", "Required", "Description"), List.of(
            List.of("kennelId", "path", "string", "", ""), List.of("page", "query", "integer", "no", ""),
            List.of("Authorization", "header", "", "yes", "")), 13, false),
        new MarkdownElement.Table(List.of("Status", "Description"),
            List.of(List.of("200", "The kennel."), List.of("404", "")), 13, false)),
        RamlElements.read(RAML));
  }

  @Test
  void readsYamlThatDoesNotParseAsNothing() {
    assertTrue(RamlElements.isRaml(RAML));
    assertEquals(List.of(), RamlElements.read("#%RAML 1.0\n/x: [unclosed\n"));
  }
}
