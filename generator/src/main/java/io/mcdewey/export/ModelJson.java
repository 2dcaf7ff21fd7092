package io.mcdewey.export;

import io.mcdewey.json.Json;
import io.mcdewey.model.Api;
import io.mcdewey.model.Authentication;
import io.mcdewey.model.Diagnostic;
import io.mcdewey.model.Example;
import io.mcdewey.model.ImpliedValue;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.RequestBody;
import io.mcdewey.model.Response;
import io.mcdewey.model.Schema;
import io.mcdewey.model.SchemaProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The model as JSON: McDewey's own interchange format, versioned and documented member by member in
 * {@code docs/model-format.md}. Writing is deterministic; {@link #read} restores the model, so that
 * {@code write(read(write(api)))} equals {@code write(api)}.
 */
public final class ModelJson {

  /** The value of the top-level {@code format} member. */
  public static final String FORMAT = "mcdewey-model";

  /** The value of the top-level {@code formatVersion} member this class writes and reads. */
  public static final int FORMAT_VERSION = 1;

  private ModelJson() {}

  /** The model as indented JSON ending with a newline. */
  public static String write(Api api) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", FORMAT);
    root.put("formatVersion", FORMAT_VERSION);
    root.put("product", api.product());
    root.put("version", api.version());
    root.put("title", api.title());
    root.put("profile", api.profile());
    root.put("baseUri", api.baseUri());
    root.put("serverVariables", api.serverVariables());
    root.put("operations", each(api.operations(), ModelJson::operation));
    root.put("schemas", each(api.schemas(), ModelJson::schema));
    root.put("diagnostics", each(api.diagnostics(), ModelJson::diagnostic));
    root.put("authentications", each(api.authentications(), ModelJson::authentication));
    return Json.write(root) + "\n";
  }

  /**
   * Reads a model written by {@link #write}, or by hand to the same format.
   *
   * @throws ModelFormatException when the text is not JSON, not this format, of another format version, or has a
   *     member of the wrong kind; the message names the member, such as {@code operations[3].parameters[0].in}
   */
  public static Api read(String json) throws ModelFormatException {
    return ModelJsonReader.read(json);
  }

  private static Map<String, Object> operation(Operation operation) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", operation.id());
    json.put("title", operation.title());
    json.put("group", operation.group());
    json.put("description", operation.description());
    json.put("method", operation.method());
    json.put("path", operation.path());
    json.put("uriTemplate", operation.uriTemplate());
    json.put("parameters", each(operation.parameters(), ModelJson::parameter));
    json.put("requestBody", operation.requestBody() == null ? null : requestBody(operation.requestBody()));
    json.put("responseSchema", operation.responseSchema());
    json.put("responseMediaType", operation.responseMediaType());
    json.put("impliedValues", impliedValues(operation));
    json.put("responses", each(operation.responses(), ModelJson::response));
    json.put("examples", each(operation.examples(), ModelJson::example));
    json.put("securityConstraints", operation.securityConstraints());
    json.put("notes", operation.notes());
    json.put("notificationsTriggered", operation.notificationsTriggered());
    json.put("platformDifferences", operation.platformDifferences());
    json.put("deprecated", operation.deprecated());
    json.put("deprecation", operation.deprecated() ? operation.deprecation().note() : null);
    json.put("complete", operation.complete());
    json.put("source", provenance(operation.source()));
    json.put("extent", each(operation.extent(), ModelJson::provenance));
    return json;
  }

  private static Map<String, Object> parameter(Parameter parameter) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", parameter.name());
    json.put("in", parameter.location().wireName());
    json.put("required", parameter.required());
    json.put("description", parameter.description());
    json.put("type", parameter.type());
    json.put("enum", parameter.allowedValues());
    json.put("parent", parameter.parent());
    return json;
  }

  private static Map<String, Object> requestBody(RequestBody body) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("mediaType", body.mediaType());
    json.put("schema", body.schema());
    json.put("examples", each(body.examples(), ModelJson::example));
    return json;
  }

  private static Map<String, Object> response(Response response) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("status", response.status());
    json.put("reason", response.reason());
    json.put("description", response.description());
    return json;
  }

  static Map<String, Object> example(Example example) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("kind", wireName(example.kind()));
    json.put("name", example.name());
    json.put("mediaType", example.mediaType());
    json.put("content", example.content());
    return json;
  }

  private static Map<String, Object> schema(Schema schema) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", schema.name());
    json.put("xmlName", schema.xmlName());
    json.put("description", schema.description());
    json.put("properties", each(schema.properties(), ModelJson::property));
    json.put("hasText", schema.hasText());
    json.put("format", wireName(schema.format()));
    json.put("source", provenance(schema.source()));
    return json;
  }

  private static Map<String, Object> property(SchemaProperty property) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", property.name());
    json.put("type", wireName(property.type()));
    json.put("ref", property.ref());
    json.put("repeated", property.repeated());
    json.put("enum", property.allowedValues());
    json.put("description", property.description());
    json.put("attribute", property.attribute());
    return json;
  }

  private static Map<String, Object> authentication(Authentication authentication) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("scheme", wireName(authentication.scheme()));
    json.put("statement", authentication.statement());
    json.put("source", provenance(authentication.source()));
    return json;
  }

  private static Map<String, Object> diagnostic(Diagnostic diagnostic) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("severity", wireName(diagnostic.severity()));
    json.put("code", diagnostic.code());
    json.put("message", diagnostic.message());
    json.put("source", provenance(diagnostic.location()));
    return json;
  }

  /** The fields the operation fixes, by name. */
  static Map<String, Object> impliedValues(Operation operation) {
    Map<String, Object> implied = new LinkedHashMap<>();
    for (ImpliedValue value : operation.impliedValues()) {
      implied.put(value.name(), value.value());
    }
    return implied;
  }

  /** Where an element was read, as both exports and the diff report write it. */
  public static Map<String, Object> provenance(Provenance source) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("file", source.file());
    json.put("page", source.page());
    json.put("chunkId", source.chunkId());
    json.put("line", source.line());
    return json;
  }

  /** The name an enum constant has in the format: lower case, words joined by dashes ({@code failure-response}). */
  static String wireName(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static <T> List<Map<String, Object>> each(List<T> items, Function<T, Map<String, Object>> toJson) {
    return items.stream().map(toJson).toList();
  }
}
