package io.mcdewey.export;

import static io.mcdewey.export.JsonTrees.array;
import static io.mcdewey.export.JsonTrees.at;
import static io.mcdewey.export.JsonTrees.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.mcdewey.json.Json;
import io.mcdewey.model.Api;
import io.mcdewey.model.Example;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.ParameterLocation;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.RequestBody;
import io.mcdewey.model.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiExportTest {
  private static final Api API = SampleApis.contactCenter();
  private static final Map<String, Object> DOCUMENT = Json.parseObject(OpenApiExport.toJson(API));
  private static final String CALL = "/api/Call/{callId}";

  @Test
  void jsonAndYamlAreValidOpenApi31() {
    OpenApiValidation.valid(OpenApiExport.toJson(API));
    OpenApiValidation.valid(OpenApiExport.toYaml(API));
  }

  @Test
  void theValidatorUsedRejectsBrokenDescriptions() {
    String broken = OpenApiExport.toYaml(API).replace("operationId: reason-list", "operationId: agent-get");
    assertFalse(OpenApiValidation.messages(broken).isEmpty(), "a repeated operationId must be reported");
  }

  @Test
  void yamlReadsBackAsTheJsonExport() throws Exception {
    String json = OpenApiExport.toJson(API);
    String yaml = OpenApiExport.toYaml(API);
    assertEquals(OpenApiValidation.valid(json), OpenApiValidation.valid(yaml));
    assertEquals(new ObjectMapper().readTree(json), new ObjectMapper(new YAMLFactory()).readTree(yaml));
  }

  @Test
  void outputIsDeterministic() {
    assertEquals(OpenApiExport.toJson(API), OpenApiExport.toJson(SampleApis.contactCenter()));
    assertEquals(OpenApiExport.toYaml(API), OpenApiExport.toYaml(SampleApis.contactCenter()));
    assertTrue(OpenApiExport.toJson(API).endsWith("}\n"));
  }

  @Test
  void infoNamesTheGuideAndTheProfile() {
    assertEquals("Agent Services Guide", at(DOCUMENT, "info", "title"));
    assertEquals("v2", at(DOCUMENT, "info", "version"));
    String description = (String) at(DOCUMENT, "info", "description");
    assertTrue(description.contains("`" + SampleApis.FILE + "`"), description);
    assertTrue(description.contains("`flattened-tables`"), description);
  }

  @Test
  void serverVariablesDefaultToTheirNames() {
    assertEquals("https://{FQDN}", at(DOCUMENT, "servers", 0, "url"));
    assertEquals("FQDN", at(DOCUMENT, "servers", 0, "variables", "FQDN", "default"));
    assertTrue(at(DOCUMENT, "servers", 0, "variables", "FQDN", "description") instanceof String);
  }

  @Test
  void actionsSharingMethodAndPathBecomeOneOperation() {
    Map<String, Object> put = object(DOCUMENT, "paths", CALL, "put");
    assertEquals("call-actions", put.get("operationId"));
    List<?> actions = array(put, "x-mcdewey-actions");
    assertEquals(List.of("call-hold", "call-transfer", "call-answer"),
        actions.stream().map(a -> at(a, "id")).toList());
    assertEquals(Map.of("action", "TRANSFER"), at(actions, 1, "impliedValues"));
    String description = (String) put.get("description");
    for (String fact : List.of("### Call—Hold", "`action` = `HOLD`", "### Call—Transfer in One Step",
        "`action` = `TRANSFER`", "`toAddress` (body, required, String)", "### Call—Answer", "`action` = `ANSWER`")) {
      assertTrue(description.contains(fact), fact);
    }
  }

  @Test
  void mergedRequestBodyIsOneOfTheActionsDiscriminatedByTheirField() {
    Map<String, Object> schema = object(DOCUMENT, "paths", CALL, "put", "requestBody", "content", "application/xml",
        "schema");
    assertEquals("action", at(schema, "discriminator", "propertyName"));
    Map<String, Object> mapping = object(schema, "discriminator", "mapping");
    assertEquals(List.of("HOLD", "TRANSFER", "ANSWER"), List.copyOf(mapping.keySet()));
    assertEquals(array(schema, "oneOf").stream().map(ref -> at(ref, "$ref")).toList(),
        List.copyOf(mapping.values()));

    Map<String, Object> hold = component((String) mapping.get("HOLD"));
    assertEquals("HOLD", at(hold, "properties", "action", "const"));
    assertEquals("Call", at(hold, "xml", "name"), "the root element of the request example");
    assertEquals(List.of("action", "targetAddress"), at(hold, "required"));

    Map<String, Object> answer = component((String) mapping.get("ANSWER"));
    assertEquals("#/components/schemas/Call", at(answer, "allOf", 0, "$ref"));
    assertEquals("ANSWER", at(answer, "allOf", 1, "properties", "action", "const"));
  }

  @Test
  void nestedBodyParametersBecomeNestedSchemas() {
    Map<String, Object> transfer = component("#/components/schemas/call-transfer-request");
    Map<String, Object> callVariables = object(transfer, "properties", "callVariables");
    assertEquals("array", callVariables.get("type"));
    assertEquals(true, at(callVariables, "xml", "wrapped"));
    assertEquals("CallVariable", at(callVariables, "items", "xml", "name"));
    assertEquals(List.of("name", "value"), List.copyOf(object(callVariables, "items", "properties").keySet()));
    assertEquals(List.of("name"), at(callVariables, "items", "required"));
  }

  @Test
  void mergedParametersAreTheUnionRequiredOnlyWhenEveryActionRequiresThem() {
    List<?> parameters = array(DOCUMENT, "paths", CALL, "put", "parameters");
    assertEquals(List.of("callId", "X-Request-Tag"), parameters.stream().map(p -> at(p, "name")).toList());
    assertEquals(true, at(parameters, 0, "required"));
    assertFalse(((Map<?, ?>) parameters.get(1)).containsKey("required"));
  }

  @Test
  void requestExamplesOfEveryActionAreKept() {
    Map<String, Object> examples = object(DOCUMENT, "paths", CALL, "put", "requestBody", "content",
        "application/xml", "examples");
    assertEquals(List.of("call-hold-request", "call-transfer-request"), List.copyOf(examples.keySet()));
    assertEquals("Transfer with call data", at(examples, "call-transfer-request", "summary"));
  }

  @Test
  void mediaTypesAreLowerCase() {
    assertEquals(List.of("application/xml"),
        List.copyOf(object(DOCUMENT, "paths", CALL, "put", "requestBody", "content").keySet()));
  }

  @Test
  void operationWithoutMethodIsListedAsUnplaced() {
    List<?> unplaced = array(DOCUMENT, "x-mcdewey-unplaced");
    assertEquals(1, unplaced.size());
    assertEquals("call-drop-a-party", at(unplaced, 0, "id"));
    assertEquals("the guide does not show its HTTP method", at(unplaced, 0, "reason"));
    assertEquals(31L, at(unplaced, 0, "source", "page"));
    assertFalse(object(DOCUMENT, "paths").containsKey("/api/Call/{callId}/parties/{partyId}"));
  }

  @Test
  void enumeratedQueryParameter() {
    List<?> parameters = array(DOCUMENT, "paths", "/api/Reasons", "get", "parameters");
    assertEquals(Map.of("name", "category", "in", "query", "description", "Which reasons.", "required", true,
        "schema", Map.of("type", "string", "enum", List.of("PAUSE", "SIGNOUT"))), parameters.get(0));
    assertEquals(Map.of("type", "boolean"), at(parameters, 1, "schema"));
    assertEquals(Map.of("type", "integer"), at(parameters, 2, "schema"));
  }

  @Test
  void severalReasonsForOneStatusShareOneDescription() {
    assertEquals("- Bad Request (A parameter is missing.)\n- Bad Request (The action is not allowed in the call's"
        + " state.)", at(DOCUMENT, "paths", CALL, "put", "responses", "400", "description"));
    assertEquals("OK (The agent is returned.)",
        at(DOCUMENT, "paths", "/api/Agent/{agentId}", "get", "responses", "200", "description"));
  }

  @Test
  void responsePayloadsGoWithSuccessAndFailurePayloadsWithErrors() {
    Map<String, Object> responses = object(DOCUMENT, "paths", "/api/Agent/{agentId}", "get", "responses");
    assertEquals(List.of("agent-get-response"),
        List.copyOf(object(responses, "200", "content", "application/xml", "examples").keySet()));
    for (String status : List.of("401", "404")) {
      assertEquals(List.of("agent-get-failure-response"),
          List.copyOf(object(responses, status, "content", "application/xml", "examples").keySet()));
    }
  }

  @Test
  void payloadsWithoutAMatchingStatusAreKeptAsAnExtension() {
    Map<String, Object> status = object(DOCUMENT, "paths", "/api/Status", "get");
    assertEquals("failure-response", at(status, "x-mcdewey-examples", 0, "kind"));
    assertEquals("{\"error\": true}", at(status, "x-mcdewey-examples", 0, "content"));
  }

  @Test
  void deprecatedOperation() {
    Map<String, Object> status = object(DOCUMENT, "paths", "/api/Status", "get");
    assertEquals(true, status.get("deprecated"));
    assertTrue(((String) status.get("description")).contains("Use the health endpoint instead."));
    assertFalse(object(DOCUMENT, "paths", CALL, "put").containsKey("deprecated"));
  }

  @Test
  void incompleteSectionsAreMarked() {
    assertEquals(false, at(DOCUMENT, "paths", CALL, "put", "x-mcdewey-complete"));
    assertFalse(object(DOCUMENT, "paths", "/api/Reasons", "get").containsKey("x-mcdewey-complete"));
  }

  @Test
  void componentsCarryXmlNamesArraysEnumsAndReferences() {
    Map<String, Object> call = component("#/components/schemas/Call");
    assertEquals("Call", at(call, "xml", "name"));
    assertEquals(List.of("ANSWER", "HOLD", "TRANSFER"), at(call, "properties", "action", "enum"));
    assertEquals("boolean", at(call, "properties", "recorded", "type"));
    assertEquals("#/components/schemas/Call.parties", at(call, "properties", "parties", "$ref"));
    Map<String, Object> party = object(component("#/components/schemas/Call.parties"), "properties", "Party");
    assertEquals("array", party.get("type"));
    assertEquals("#/components/schemas/Call.Party", at(party, "items", "$ref"));
    assertEquals(Map.of("type", "array", "items", Map.of("type", "string"), "description",
        "What may be done with it."), at(component("#/components/schemas/Call.Party"), "properties", "actions"));
  }

  @Test
  void componentNamesFollowOpenApisRuleAndDanglingReferencesBecomeObjects() {
    Map<String, Object> agent = component("#/components/schemas/Agent_Record");
    assertEquals("Agent", at(agent, "xml", "name"));
    assertEquals(Map.of("type", "object"), at(agent, "properties", "teams", "items"));
  }

  @Test
  void operationsAndSchemasCarryTheirSource() {
    assertEquals(Map.of("file", SampleApis.FILE, "page", 12L, "chunkId",
        "contact-center::v2::agent-guide::agent-guide::12", "line", 0L),
        at(DOCUMENT, "paths", "/api/Agent/{agentId}", "get", OpenApiExport.SOURCE));
    assertEquals(20L, at(DOCUMENT, "paths", CALL, "put", OpenApiExport.SOURCE, "page"));
    assertEquals("contact-center::v2::agent-guide::agent-guide::51",
        at(component("#/components/schemas/Call.Party"), OpenApiExport.SOURCE, "chunkId"));
  }

  @Test
  void pathsStartWithASlash() {
    assertTrue(object(DOCUMENT, "paths").containsKey("/api/Status"));
  }

  @Test
  void operationIdsStayUniqueWhenAMergedIdIsTaken() {
    List<Operation> operations = new ArrayList<>(API.operations());
    operations.add(Operation.builder("call-actions", new Provenance("x.md", null, null, 9))
        .method("GET").path("/api/Calls").build());
    Api api = new Api("", "", "", "", "", operations, API.schemas(), List.of());
    Map<String, Object> document = Json.parseObject(OpenApiExport.toJson(api));
    assertEquals("call-actions", at(document, "paths", "/api/Calls", "get", "operationId"));
    assertEquals("call-actions-2", at(document, "paths", CALL, "put", "operationId"));
    OpenApiValidation.valid(OpenApiExport.toYaml(api));
  }

  @Test
  void operationsWithoutDocumentedResponsesSaySo() {
    Api api = new Api("", "", "", "", "", List.of(Operation.builder("ping", new Provenance("p.md", null, null, 3))
        .method("HEAD").path("/ping/{node}").build()), List.of(), List.of());
    String yaml = OpenApiExport.toYaml(api);
    Map<String, Object> head = object(Json.parseObject(OpenApiExport.toJson(api)), "paths", "/ping/{node}", "head");
    assertEquals("The guide documents no response.", at(head, "responses", "default", "description"));
    assertEquals(Map.of("name", "node", "in", "path", "required", true, "schema", Map.of("type", "string")),
        at(head, "parameters", 0), "a path variable the guide does not describe is still declared");
    OpenApiValidation.valid(yaml);
  }

  @Test
  void methodsOutsideOpenApisPathItemsAreUnplaced() {
    Api api = new Api("", "", "", "", "", List.of(Operation.builder("lock", new Provenance("dav.md", null, null, 7))
        .method("LOCK").path("/files/{name}").build()), List.of(), List.of());
    Map<String, Object> document = Json.parseObject(OpenApiExport.toJson(api));
    assertEquals("OpenAPI has no place for the HTTP method LOCK", at(document, "x-mcdewey-unplaced", 0, "reason"));
    assertEquals(Map.of(), at(document, "paths"));
  }

  @Test
  void theBodyParametersOfAnActionNarrowItsBodySchemaAndAreDescribed() {
    Operation update = Operation.builder("agent-update", SampleApis.at(14))
        .method("PUT").path("/api/Agent/{agentId}")
        .addParameter(new Parameter("agentId", ParameterLocation.PATH, true, "", "String", List.of(), null))
        .addParameter(new Parameter("state", ParameterLocation.BODY, true, "The new state.", "String",
            List.of("READY", "PAUSED"), null))
        .requestBody(new RequestBody("application/xml", "Call", List.of()))
        .build();
    Api api = new Api("", "", "", "", "", List.of(update), API.schemas(), List.of());
    Map<String, Object> put = object(Json.parseObject(OpenApiExport.toJson(api)), "paths", "/api/Agent/{agentId}",
        "put");
    assertEquals("#/components/schemas/Call",
        at(put, "requestBody", "content", "application/xml", "schema", "allOf", 0, "$ref"));
    assertEquals(List.of("state"), at(put, "requestBody", "content", "application/xml", "schema", "required"));
    assertEquals(List.of("READY", "PAUSED"), at(put, "requestBody", "content", "application/xml", "schema", "allOf", 1,
        "properties", "state", "enum"));
    assertEquals("**Body parameters:**\n- `state` (body, required, String): The new state. Values: `READY`, `PAUSED`.",
        put.get("description"));
  }

  @Test
  void aFormSentAndJsonAnsweredHasItsAnswerUnderJson() {
    Operation refresh = token("token-refresh", "/sso/token")
        .addExample(new Example(Example.Kind.RESPONSE, "", "", "token=abc"))
        .build();
    Operation revoke = token("token-revoke", "/sso/revoke").addResponse(new Response(202, "Accepted", "")).build();
    Api api = new Api("", "", "", "", "", List.of(refresh, revoke), List.of(), List.of());
    Map<String, Object> paths = object(Json.parseObject(OpenApiExport.toJson(api)), "paths");

    assertEquals(List.of("application/json"),
        List.copyOf(object(paths, "/sso/token", "post", "responses", "200", "content").keySet()),
        "an answer printed without a type of its own is in the type the guide states");
    assertTrue(object(paths, "/sso/token", "post", "requestBody", "content")
        .containsKey("application/x-www-form-urlencoded"));
    assertEquals(Map.of("application/json", Map.of()), at(paths, "/sso/revoke", "post", "responses", "200",
        "content"), "a stated type is declared without a payload to show");
    assertFalse(object(paths, "/sso/revoke", "post", "responses", "202").containsKey("content"),
        "a 202 answers before any result exists");
    OpenApiValidation.valid(OpenApiExport.toYaml(api));
  }

  private static Operation.Builder token(String id, String path) {
    return Operation.builder(id, new Provenance("sso.md", null, null, 5))
        .method("POST").path(path).responseMediaType("application/json")
        .addParameter(new Parameter("token", ParameterLocation.BODY, true, "", "", List.of(), null))
        .requestBody(new RequestBody("application/x-www-form-urlencoded", null, List.of()))
        .addResponse(new Response(200, "Success", ""));
  }

  @Test
  void aStatedAnswerTypeWithoutAPayloadStillNamesItsSchema() {
    Operation get = Operation.builder("call-get", SampleApis.at(3)).method("GET").path(CALL)
        .responseSchema("Call").responseMediaType("application/xml")
        .addResponse(new Response(200, "Success", ""))
        .build();
    Api api = new Api("", "", "", "", "", List.of(get), API.schemas(), List.of());
    Map<String, Object> answer = object(Json.parseObject(OpenApiExport.toJson(api)), "paths", CALL, "get",
        "responses", "200", "content", "application/xml");

    assertEquals(Map.of("schema", Map.of("$ref", "#/components/schemas/Call")), answer);
  }

  @Test
  void anEmptyModelIsAValidDescription() {
    Api empty = new Api("", "", "", "", "", List.of(), List.of(), List.of());
    OpenApiValidation.valid(OpenApiExport.toYaml(empty));
    Map<String, Object> document = Json.parseObject(OpenApiExport.toJson(empty));
    assertEquals("API", at(document, "info", "title"));
    assertEquals(Map.of(), at(document, "paths"));
    assertEquals("unspecified", at(document, "info", "version"));
  }

  private static Map<String, Object> component(String ref) {
    return object(DOCUMENT, "components", "schemas", ref.substring("#/components/schemas/".length()));
  }
}
