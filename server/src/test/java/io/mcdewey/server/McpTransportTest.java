package io.mcdewey.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.json.Json;
import io.mcdewey.testing.FailingResources;
import io.mcdewey.testing.Http;
import io.mcdewey.testing.McpHttp;
import io.mcdewey.testing.TestServers;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the MCP transport answers, message by message, over plain HTTP: statuses, error bodies, batches. */
class McpTransportTest {
  private static final String TOOLS_LIST = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}";

  private final McpHttp mcp = new McpHttp(TestServers.northwind());

  @Test
  void everyRefusalIsAJsonRpcErrorWithTheTransportsStatus() {
    String session = mcp.initialize("2025-11-25");
    assertRefused(400, -32700, mcp.post(session, "{not json"));
    assertRefused(400, -32600, mcp.post(session, "{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"ping\"}"));
    assertRefused(400, -32000, mcp.post(null, TOOLS_LIST));
    assertRefused(404, -32000, mcp.post("no-such-session", TOOLS_LIST));
    assertRefused(406, -32000, mcp.post(session, TOOLS_LIST).setHeader("Accept", "text/html"));
    assertRefused(415, -32000, mcp.post(session, TOOLS_LIST).setHeader("Content-Type", "text/plain"));
    assertRefused(405, -32000, HttpRequest.newBuilder(mcp.endpoint())
        .PUT(HttpRequest.BodyPublishers.ofString(TOOLS_LIST)));
    assertRefused(413, -32000, mcp.post(session, "x".repeat(ServerSettings.MAX_REQUEST_BYTES + 1)));
  }

  @Test
  void refusalsByJettyItselfAreJsonRpcErrorsToo() {
    String session = mcp.initialize("2025-11-25");
    assertRefused(431, -32000, mcp.post(session, TOOLS_LIST).header("X-Padding", "x".repeat(9000)));
    HttpResponse<String> page = Http.send(HttpRequest.newBuilder(mcp.endpoint().resolve("/no-such-page")).build());
    assertEquals(404, page.statusCode());
    assertFalse(page.body().contains("jetty") || page.body().contains("Exception"), page.body());
  }

  @Test
  void aFailureInsideTheServerIsA500ThatKeepsItsDetailsInTheLog() {
    McpHttp troubled = new McpHttp(TestServers.troubled());
    String session = troubled.initialize("2025-11-25");
    HttpResponse<String> response = McpHttp.send(troubled.post(session, "{\"jsonrpc\":\"2.0\",\"id\":3,"
        + "\"method\":\"resources/read\",\"params\":{\"uri\":\"" + FailingResources.URI + "\"}}").build());
    assertEquals(500, response.statusCode(), response.body());
    assertJsonRpcError(response.body(), -32603);
    assertFalse(response.body().contains(FailingResources.INTERNALS), response.body());
  }

  @Test
  void anUnsupportedProtocolVersionHeaderIsRefused() {
    String session = mcp.initialize("2025-06-18");
    assertRefused(400, -32000, mcp.post(session, TOOLS_LIST).header("MCP-Protocol-Version", "1999-01-01"));
    assertEquals(200, McpHttp.send(mcp.post(session, TOOLS_LIST).header("MCP-Protocol-Version", "2025-06-18")
        .build()).statusCode());
  }

  @Test
  void anUnknownRequestedVersionIsAnsweredWithTheNewest() {
    HttpResponse<String> response = McpHttp.send(mcp.post(null, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":"
        + "\"initialize\",\"params\":{\"protocolVersion\":\"1999-01-01\",\"capabilities\":{},"
        + "\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}").build());
    assertEquals("2025-11-25", result(response.body()).get("protocolVersion"));
  }

  @Test
  void toolCallsWithoutParamsOrWithArgumentsThatAreNoObjectAreInvalidParams() {
    String session = mcp.initialize("2025-11-25");
    for (String call : List.of("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":\"search_docs\","
            + "\"arguments\":\"x\"}}",
        "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":[1]}",
        "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":\"no_such_tool\"}}")) {
      HttpResponse<String> response = McpHttp.send(mcp.post(session, call).build());
      assertEquals(200, response.statusCode(), call);
      Map<String, Object> error = assertJsonRpcError(response.body(), -32602);
      assertEquals(5L, Json.parseObject(response.body()).get("id"), call);
      assertFalse(error.get("message").toString().isBlank(), call);
    }
  }

  @Test
  void anUnknownMethodIsMethodNotFound() {
    String session = mcp.initialize("2025-11-25");
    assertJsonRpcError(McpHttp.send(mcp.post(session, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"sampling/x\"}")
        .build()).body(), -32601);
  }

  @Test
  void responsesAndNotificationsAreAcceptedWithoutAnAnswer() {
    String session = mcp.initialize("2025-11-25");
    for (String message : List.of("{\"jsonrpc\":\"2.0\",\"id\":99,\"result\":{}}",
        "{\"jsonrpc\":\"2.0\",\"id\":\"x\",\"error\":{\"code\":1,\"message\":\"no\"}}",
        "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}")) {
      HttpResponse<String> response = McpHttp.send(mcp.post(session, message).build());
      assertEquals(202, response.statusCode(), message);
      assertEquals("", response.body(), message);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void batchesAreAnsweredWhereTheNegotiatedVersionHasThem() {
    String batch = "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}," + TOOLS_LIST
        + ",{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"},{\"id\":4}]";
    HttpResponse<String> answered = McpHttp.send(mcp.post(mcp.initialize("2025-03-26"), batch).build());
    assertEquals(200, answered.statusCode(), answered.body());
    List<Map<String, Object>> answers = (List<Map<String, Object>>) Json.parse(answered.body());
    assertEquals(List.of(1L, 2L, 4L), answers.stream().map(a -> a.get("id")).toList());
    assertEquals(-32600L, ((Map<String, Object>) answers.get(2).get("error")).get("code"));
    assertRefused(400, -32600, mcp.post(mcp.initialize("2025-06-18"), batch));
  }

  @Test
  void aSessionEndsWithDelete() {
    String session = mcp.initialize("2025-11-25");
    HttpRequest delete = HttpRequest.newBuilder(mcp.endpoint()).header(McpHttp.SESSION, session).DELETE().build();
    assertEquals(204, McpHttp.send(delete).statusCode());
    assertRefused(404, -32000, mcp.post(session, TOOLS_LIST));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aQueryWithNoWordsIsAToolErrorAndA400() {
    String session = mcp.initialize("2025-11-25");
    Map<String, Object> result = (Map<String, Object>) mcp.call(session, "tools/call",
        "{\"name\":\"search_docs\",\"arguments\":{\"query\":\"\\u0000\\u200b \"}}").get("result");
    assertEquals(true, result.get("isError"), result.toString());
    URI server = TestServers.northwind();
    for (String q : List.of("%00", "%e2%80%8b", "%20", "")) {
      HttpResponse<String> response = Http.get(server.resolve("/api/search?q=" + q));
      assertEquals(400, response.statusCode(), q);
      assertTrue(Json.parseObject(response.body()).containsKey("error"), response.body());
    }
    assertEquals(400, Http.get(server.resolve("/?q=%e2%80%8b%00")).statusCode());
  }

  private static void assertRefused(int status, long code, HttpRequest.Builder request) {
    HttpResponse<String> response = McpHttp.send(request.build());
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertJsonRpcError(response.body(), code);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> assertJsonRpcError(String body, long code) {
    Map<String, Object> answer = Json.parseObject(body);
    assertEquals("2.0", answer.get("jsonrpc"), body);
    Map<String, Object> error = (Map<String, Object>) answer.get("error");
    assertEquals(code, error.get("code"), body);
    for (String internal : List.of("Exception", "stackTrace", "io.mcdewey", "java.", "jakarta.", "jetty")) {
      assertFalse(body.contains(internal), body);
    }
    assertTrue(body.length() < 600, body);
    return error;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> result(String body) {
    return (Map<String, Object>) Json.parseObject(body).get("result");
  }
}
