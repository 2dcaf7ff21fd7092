package io.mcdewey.export;

import static io.mcdewey.export.JsonTrees.at;
import static io.mcdewey.export.JsonTrees.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.mcdewey.json.Json;
import io.mcdewey.model.Api;
import io.mcdewey.model.Authentication;
import io.mcdewey.model.Example;
import io.mcdewey.model.ImpliedValue;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.PropertyType;
import io.mcdewey.model.ParameterLocation;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.RequestBody;
import io.mcdewey.model.Response;
import io.mcdewey.model.Schema;
import io.mcdewey.model.SchemaProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the OpenAPI export must say for tools to handle real traffic: how to authenticate, the schema of each answer,
 * what each action requires and sends, one template per path; and the document stays valid.
 */
class OpenApiRealTrafficTest {
  private static final Provenance SOURCE = new Provenance("guide.md", 4, null, 0);

  @Test
  void theWaysOfAuthenticatingTheGuideNamesAreSecuritySchemes() {
    Api api = new Api("", "", "", "", "", List.of(), List.of(), List.of(), List.of(
        new Authentication(Authentication.Scheme.BASIC, "All APIs use HTTP BASIC authentication.", SOURCE),
        new Authentication(Authentication.Scheme.BEARER, "Send the access token.", SOURCE)));

    Map<String, Object> document = valid(api);

    assertEquals("basic", at(document, "components", "securitySchemes", "basicAuth", "scheme"));
    assertEquals("bearer", at(document, "components", "securitySchemes", "bearerAuth", "scheme"));
    assertEquals(List.of(Map.of("basicAuth", List.of()), Map.of("bearerAuth", List.of())), document.get("security"));
  }

  @Test
  void answersHaveTheSchemaOfTheirBodyAndFailuresTheSchemaOfTheirRoot() {
    Operation get = Operation.builder("get-call", SOURCE).method("GET").path("/api/Call/{id}")
        .addParameter(Parameter.of("id", ParameterLocation.PATH, true))
        .addResponse(new Response(200, "OK", "")).addResponse(new Response(404, "Not Found", ""))
        .responseSchema("Call")
        .addExample(new Example(Example.Kind.RESPONSE, "", "application/xml", "<Call><id>1</id></Call>"))
        .addExample(new Example(Example.Kind.FAILURE_RESPONSE, "", "application/xml",
            "<apierrors><ApiError><ErrorType>Not Found</ErrorType></ApiError></apierrors>"))
        .build();

    Map<String, Object> responses = object(valid(api(get)), "paths", "/api/Call/{id}", "get", "responses");

    assertEquals("#/components/schemas/Call", at(responses, "200", "content", "application/xml", "schema", "$ref"));
    assertEquals("#/components/schemas/ApiErrors",
        at(responses, "404", "content", "application/xml", "schema", "$ref"));
  }

  @Test
  void actionsSharingAPathAreOneOfTheirOwnBodiesEachWithItsOwnValues() {
    Operation hold = action("call-hold", new ImpliedValue("requestedAction", "HOLD"), null);
    Operation answer = action("call-answer-or-drop", null,
        new Parameter("requestedAction", ParameterLocation.BODY, true, "", "", List.of("ANSWER", "DROP"), null));

    Map<String, Object> document = valid(api(hold, answer));

    Map<String, Object> schema = object(document, "paths", "/api/Call/{id}", "put", "requestBody", "content",
        "application/xml", "schema");
    assertEquals(Map.of("HOLD", "#/components/schemas/call-hold-request", "ANSWER",
        "#/components/schemas/call-answer-or-drop-request", "DROP", "#/components/schemas/call-answer-or-drop-request"),
        at(schema, "discriminator", "mapping"));
    assertFalse(schema.containsKey("anyOf"));
    assertEquals("HOLD", at(document, "components", "schemas", "call-hold-request", "allOf", 1, "properties",
        "requestedAction", "const"));
    assertEquals(List.of("ANSWER", "DROP"), at(document, "components", "schemas", "call-answer-or-drop-request",
        "allOf", 1, "properties", "requestedAction", "enum"));
    assertEquals(List.of("targetMediaAddress", "requestedAction"), at(document, "components", "schemas",
        "call-answer-or-drop-request", "required"));
  }

  @Test
  void pathsDifferingOnlyInTheirVariablesNamesAreOneTemplate() {
    Operation get = Operation.builder("get-call", SOURCE).method("GET").path("/api/Call/{id}")
        .addParameter(Parameter.of("id", ParameterLocation.PATH, true)).build();
    Operation delete = Operation.builder("delete-call", SOURCE).method("DELETE").path("/api/Call/{callId}")
        .addParameter(Parameter.of("callId", ParameterLocation.PATH, true)).build();

    Map<String, Object> paths = object(valid(api(get, delete)), "paths");

    assertEquals(List.of("/api/Call/{id}"), List.copyOf(paths.keySet()));
    assertEquals("id", at(paths, "/api/Call/{id}", "delete", "parameters", 0, "name"));
  }

  private static Operation action(String id, ImpliedValue implied, Parameter field) {
    Operation.Builder action = Operation.builder(id, SOURCE).method("PUT").path("/api/Call/{id}")
        .addParameter(Parameter.of("id", ParameterLocation.PATH, true))
        .addParameter(new Parameter("targetMediaAddress", ParameterLocation.BODY, true, "", "", List.of(), null))
        .requestBody(new RequestBody("application/xml", "Call", List.of()));
    if (implied != null) {
      action.addImpliedValue(implied);
    }
    if (field != null) {
      action.addParameter(field);
    }
    return action.build();
  }

  private static Api api(Operation... operations) {
    List<Schema> schemas = new ArrayList<>(SampleApis.contactCenter().schemas());
    schemas.add(new Schema("ApiErrors", "ApiErrors", "", List.of(new SchemaProperty("ApiError", PropertyType.STRING,
        null, true, List.of(), "")), SOURCE));
    return new Api("", "", "", "", "", List.of(operations), schemas, List.of());
  }

  private static Map<String, Object> valid(Api api) {
    OpenApiValidation.valid(OpenApiExport.toYaml(api));
    return Json.parseObject(OpenApiExport.toJson(api));
  }
}
