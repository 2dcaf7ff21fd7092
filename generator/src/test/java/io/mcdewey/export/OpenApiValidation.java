package io.mcdewey.export;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Reads OpenAPI text with swagger-parser, which checks it against the specification as it reads. */
final class OpenApiValidation {
  private OpenApiValidation() {}

  /** What swagger-parser objects to in the text; empty for a valid description. */
  static List<String> messages(String text) {
    List<String> messages = parse(text).getMessages();
    return messages == null ? List.of() : messages;
  }

  /** Reads a description that must be valid OpenAPI 3.1. */
  static OpenAPI valid(String text) {
    SwaggerParseResult result = parse(text);
    assertEquals(List.of(), result.getMessages(), "swagger-parser messages");
    assertNotNull(result.getOpenAPI(), "swagger-parser read no description");
    assertEquals(SpecVersion.V31, result.getOpenAPI().getSpecVersion(), "read as OpenAPI 3.1");
    return result.getOpenAPI();
  }

  private static SwaggerParseResult parse(String text) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIV3Parser().readContents(text, null, options);
  }
}
