package io.mcdewey.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON schemas of the tools' answers ({@code outputSchema}), written beside {@link Views}, which builds the
 * answers: every member a view always writes is required, and members that may be {@code null} say so.
 */
final class ToolSchemas {
  private ToolSchemas() {}

  private static final Map<String, Object> CHUNK_HEADER = properties(
      "kind", string(), "id", string(), "product", string(), "version", string(), "document", string(),
      "source", string(), "page", nullable("integer"), "lines", nullable("string"), "title", string(),
      "url", string());

  private static final Map<String, Object> ENDPOINT_HEADER = properties(
      "kind", string(), "id", string(), "title", string(), "method", nullable("string"), "path", nullable("string"),
      "complete", type("boolean"), "product", string(), "version", string(), "document", string(),
      "page", nullable("integer"), "chunks", arrayOf(string()), "url", nullable("string"));

  static final Map<String, Object> SOURCES = object(properties("sources", arrayOf(object(properties(
      "product", string(), "version", string(), "document", string(), "title", string(), "profile", string(),
      "libraryPath", string(), "chunks", type("integer"), "endpoints", type("integer"),
      "firstChunk", nullable("string"))))));

  static final Map<String, Object> CHUNK_RESULTS = object(properties("results", arrayOf(object(with(CHUNK_HEADER,
      "snippet", string(), "score", type("number"))))));

  static final Map<String, Object> ENDPOINT_RESULTS = object(properties("results", arrayOf(object(
      with(ENDPOINT_HEADER, "score", type("number"))))));

  static final Map<String, Object> CHUNK = object(with(CHUNK_HEADER, "previous", nullable("string"),
      "next", nullable("string"), "endpoints", arrayOf(object(ENDPOINT_HEADER)), "schemas", arrayOf(string()),
      "text", string()));

  static final Map<String, Object> ENDPOINT = object(with(ENDPOINT_HEADER, "description", string(),
      "uriTemplate", nullable("string"), "parameters", arrayOf(type("object")), "requestBody", nullable("string"),
      "impliedValues", arrayOf(type("object")), "responses", arrayOf(type("object")),
      "examples", arrayOf(type("object")), "securityConstraints", string(), "notes", arrayOf(string()),
      "deprecated", type("boolean"), "clientCall", string()));

  static final Map<String, Object> DIFF = object(properties("product", string(), "fromVersion", string(),
      "toVersion", string(), "documents", arrayOf(object(properties("document", string(), "report", type("object"),
          "summary", string()))), "onlyInFromVersion", arrayOf(string()), "onlyInToVersion", arrayOf(string())));

  static final Map<String, Object> CLIENT_CODE = object(properties("endpoint", string(), "title", string(),
      "language", string(), "package", string(), "code", string()));

  /** An object schema with the given properties, all of them required. */
  static Map<String, Object> object(Map<String, Object> properties) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", properties);
    schema.put("required", new ArrayList<>(properties.keySet()));
    return schema;
  }

  static Map<String, Object> string() {
    return type("string");
  }

  private static Map<String, Object> type(String type) {
    return Map.of("type", type);
  }

  private static Map<String, Object> nullable(String type) {
    return Map.of("type", List.of(type, "null"));
  }

  private static Map<String, Object> arrayOf(Map<String, Object> items) {
    return Map.of("type", "array", "items", items);
  }

  /** Properties from alternating names and schemas, in order. */
  private static Map<String, Object> properties(Object... namesAndSchemas) {
    return with(Map.of(), namesAndSchemas);
  }

  private static Map<String, Object> with(Map<String, Object> base, Object... namesAndSchemas) {
    Map<String, Object> properties = new LinkedHashMap<>(base);
    for (int i = 0; i < namesAndSchemas.length; i += 2) {
      properties.put((String) namesAndSchemas[i], namesAndSchemas[i + 1]);
    }
    return properties;
  }
}
