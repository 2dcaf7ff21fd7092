package io.mcdewey.export;

import static io.mcdewey.export.JsonTrees.at;
import static io.mcdewey.export.JsonTrees.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.json.Json;
import io.mcdewey.model.Api;
import io.mcdewey.model.Diagnostic;
import io.mcdewey.model.DiagnosticKind;
import io.mcdewey.model.Operation;
import io.mcdewey.model.ParameterLocation;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelJsonTest {
  private static final Api API = SampleApis.contactCenter();
  private static final String JSON = ModelJson.write(API);

  @Test
  void startsWithTheFormatAndItsVersion() {
    assertTrue(JSON.startsWith("{\n  \"format\": \"mcdewey-model\",\n  \"formatVersion\": 1,\n"), JSON);
    assertTrue(JSON.endsWith("}\n"));
  }

  @Test
  void writesTheTopLevelMembersInTheDocumentedOrder() {
    assertEquals(List.of("format", "formatVersion", "product", "version", "title", "profile", "baseUri",
        "serverVariables", "operations", "schemas", "diagnostics", "authentications"), List.copyOf(Json.parseObject(JSON).keySet()));
    assertEquals(List.of("FQDN"), at(Json.parseObject(JSON), "serverVariables"));
  }

  @Test
  void readsBackTheSameModel() throws ModelFormatException {
    Api read = ModelJson.read(JSON);
    assertEquals(API, read);
    assertEquals(JSON, ModelJson.write(read));
  }

  @Test
  void keepsEveryCharacter() throws ModelFormatException {
    String awkward = "quote \" backslash \\ tab \t break \n nel \u0085 bom \uFEFF lone \uD800 emoji \uD83D\uDE00";
    Api api = new Api(awkward, "", "", "", "", List.of(), List.of(), List.of());
    assertEquals(api, ModelJson.read(ModelJson.write(api)));
  }

  @Test
  void isDeterministic() {
    assertEquals(JSON, ModelJson.write(SampleApis.contactCenter()));
  }

  @Test
  void operationMembers() {
    Map<String, Object> transfer = object(Json.parseObject(JSON), "operations", 2);
    assertEquals(List.of("id", "title", "group", "description", "method", "path", "uriTemplate", "parameters",
        "requestBody", "responseSchema", "responseMediaType", "impliedValues", "responses", "examples",
        "securityConstraints", "notes", "notificationsTriggered", "platformDifferences", "deprecated", "deprecation",
        "complete", "source", "extent"),
        List.copyOf(transfer.keySet()));
    assertEquals(Map.of("action", "TRANSFER"), transfer.get("impliedValues"));
    assertEquals("body", at(transfer, "parameters", 2, "in"));
    assertEquals("callVariables", at(transfer, "parameters", 3, "parent"));
    assertEquals(null, at(transfer, "parameters", 6, "required"));
    assertEquals("Application/XML", at(transfer, "requestBody", "mediaType"), "written as the guide has it");
    assertEquals("request", at(transfer, "requestBody", "examples", 0, "kind"));
    assertEquals(false, transfer.get("complete"));
  }

  @Test
  void deprecationIsAFlagAndANote() {
    Map<String, Object> status = object(Json.parseObject(JSON), "operations", 6);
    assertEquals(true, status.get("deprecated"));
    assertEquals("Use the health endpoint instead.", status.get("deprecation"));
    assertEquals(null, at(Json.parseObject(JSON), "operations", 0, "deprecation"));
  }

  @Test
  void schemaAndDiagnosticMembers() {
    Map<String, Object> root = Json.parseObject(JSON);
    assertEquals(Map.of("name", "Party", "type", "object", "ref", "Call.Party", "repeated", true, "enum", List.of(),
        "description", "", "attribute", false), at(root, "schemas", 1, "properties", 0));
    assertEquals(false, at(root, "schemas", 1, "hasText"));
    assertEquals("enum", at(root, "schemas", 2, "properties", 1, "type"));
    assertEquals(List.of("severity", "code", "message", "source"),
        List.copyOf(object(root, "diagnostics", 0).keySet()));
    assertEquals("warning", at(root, "diagnostics", 0, "severity"));
    assertEquals(null, at(root, "schemas", 3, "source", "page"));
  }

  @Test
  void readsAHandWrittenModelFillingInDefaults() throws ModelFormatException {
    Api api = ModelJson.read("""
        {"format": "mcdewey-model", "formatVersion": 1, "futureMember": {"ignored": true},
         "operations": [{"id": "ping", "method": "GET", "path": "/ping",
                         "parameters": [{"name": "verbose", "in": "query"}]}],
         "schemas": [{"name": "Pong"}]}
        """);
    Operation ping = api.operation("ping").orElseThrow();
    assertEquals("GET", ping.method());
    assertEquals(ParameterLocation.QUERY, ping.parameter("verbose").orElseThrow().location());
    assertEquals(null, ping.parameter("verbose").orElseThrow().required());
    assertTrue(ping.complete());
    assertEquals(new Provenance("", null, null, 0), ping.source());
    assertEquals("Pong", api.schema("Pong").orElseThrow().xmlName());
    assertEquals("", api.baseUri());
  }

  @Test
  void keepsTheCodeAndSeverityOfDiagnosticsAsWritten() throws ModelFormatException {
    Api api = ModelJson.read("""
        {"format": "mcdewey-model", "formatVersion": 1,
         "diagnostics": [{"severity": "info", "code": "missing-method", "message": "written by another version"},
                         {"severity": "warning", "code": "kind-of-a-later-version", "message": "unknown here"}]}
        """);
    Diagnostic known = api.diagnostics().get(0);
    Diagnostic unknown = api.diagnostics().get(1);

    assertEquals(Optional.of(DiagnosticKind.MISSING_METHOD), known.kind());
    assertEquals(Severity.INFO, known.severity());
    assertEquals(Optional.empty(), unknown.kind());
    assertEquals("kind-of-a-later-version", unknown.code());
    assertEquals(Severity.WARNING, unknown.severity());
  }

  @Test
  void refusesOtherFormatsAndVersions() {
    assertError("not a McDewey model: the top-level member \"format\" is missing; expected \"mcdewey-model\"",
        "{\"openapi\": \"3.1.0\"}");
    assertError("not a McDewey model: the top-level member \"format\" is \"other\"; expected \"mcdewey-model\"",
        "{\"format\": \"other\", \"formatVersion\": 1}");
    assertError("McDewey model format version 2 is not supported; this version of McDewey reads format version 1",
        "{\"format\": \"mcdewey-model\", \"formatVersion\": 2}");
    assertError("formatVersion: required member is missing", "{\"format\": \"mcdewey-model\"}");
    assertError("not a McDewey model: expected a JSON object at the top level", "[]");
  }

  @Test
  void namesTheOffendingMember() {
    assertError("not JSON: expected a member name at line 1, column 2", "{");
    assertError("operations[0].parameters[1].in: expected one of path, query, header, body; found \"cookie\"",
        model("{\"id\": \"a\", \"parameters\": [{\"name\": \"x\", \"in\": \"path\"}, {\"name\": \"y\", \"in\": \"cookie\"}]}"));
    assertError("operations[0].id: required member is missing", model("{\"title\": \"untitled\"}"));
    assertError("operations[0].complete: expected true, false or null", model("{\"id\": \"a\", \"complete\": \"yes\"}"));
    assertError("operations[0].responses[0].status: expected a whole number",
        model("{\"id\": \"a\", \"responses\": [{\"status\": \"200\"}]}"));
    assertError("operations[0].notes[1]: expected a string", model("{\"id\": \"a\", \"notes\": [\"ok\", 3]}"));
    assertError("operations[0].impliedValues.action: expected a string",
        model("{\"id\": \"a\", \"impliedValues\": {\"action\": 1}}"));
    assertError("operations[0].deprecation: a note is given but \"deprecated\" is not true",
        model("{\"id\": \"a\", \"deprecation\": \"gone\"}"));
    assertError("not a consistent model: operation ids are not unique", model("{\"id\": \"a\"}, {\"id\": \"a\"}"));
  }

  private static String model(String... operations) {
    return "{\"format\": \"mcdewey-model\", \"formatVersion\": 1, \"operations\": [" + String.join(", ",
        Arrays.asList(operations)) + "]}";
  }

  private static void assertError(String message, String json) {
    assertEquals(message, assertThrows(ModelFormatException.class, () -> ModelJson.read(json)).getMessage());
  }
}
