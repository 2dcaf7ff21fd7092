package io.mcdewey.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.json.Json;
import io.mcdewey.testing.TestServers;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The MCP endpoint through the MCP Java SDK's own client, over three Northwind releases. */
class McpEndpointTest {
  private static McpSyncClient client;

  @BeforeAll
  static void connect() {
    URI server = TestServers.northwind();
    client = McpClient.sync(HttpClientStreamableHttpTransport.builder(server.toString()).endpoint("/mcp").build())
        .requestTimeout(Duration.ofSeconds(30))
        .build();
    client.initialize();
  }

  @AfterAll
  static void disconnect() {
    client.closeGracefully();
  }

  @Test
  void offersSevenToolsEachWithADescriptionAndAnInputSchema() {
    List<Tool> tools = client.listTools().tools();
    assertEquals(List.of("list_sources", "search_docs", "search_endpoints", "get_chunk", "get_endpoint",
        "diff_versions", "generate_client_code"), tools.stream().map(Tool::name).toList());
    for (Tool tool : tools) {
      assertTrue(tool.description().length() > 40, tool.name());
      assertEquals("object", tool.inputSchema().get("type"), tool.name());
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void listsTheSources() {
    List<Map<String, Object>> sources = (List<Map<String, Object>>) answer("list_sources", Map.of()).get("sources");
    assertEquals(List.of("v3.1", "v4.0", "v4.1"), sources.stream().map(s -> s.get("version")).toList());
    assertTrue(sources.stream().allMatch(s -> s.get("product").equals("northwind")));
  }

  @Test
  @SuppressWarnings("unchecked")
  void findsAnEndpointAndItsDetailsAndItsJavaCall() {
    List<Map<String, Object>> results = (List<Map<String, Object>>) answer("search_endpoints",
        Map.of("query", "put the caller on hold", "product", "northwind", "version", "v3.1", "limit", 3))
        .get("results");
    assertEquals(3, results.size());
    Map<String, Object> hold = results.get(0);
    assertEquals("Call—Hold a Call", hold.get("title"));

    Map<String, Object> endpoint = answer("get_endpoint", Map.of("endpoint_id", hold.get("id")));
    assertEquals("PUT", endpoint.get("method"));
    assertEquals("/northwind/api/Call/{callId}", endpoint.get("path"));
    assertTrue(((List<Map<String, Object>>) endpoint.get("parameters")).stream()
        .anyMatch(p -> p.get("name").equals("callId") && p.get("in").equals("path")));

    Map<String, Object> code = answer("generate_client_code", Map.of("endpoint_id", hold.get("id")));
    assertEquals("java", code.get("language"));
    assertTrue(code.get("code").toString().contains("client.calls().holdCall(callId"), code.toString());
  }

  @Test
  @SuppressWarnings("unchecked")
  void findsAChunkAndReadsItWhole() {
    List<Map<String, Object>> results = (List<Map<String, Object>>) answer("search_docs",
        Map.of("query", "which notifications does the event channel publish", "version", "v3.1")).get("results");
    assertFalse(results.isEmpty());
    Map<String, Object> chunk = answer("get_chunk", Map.of("chunk_id", results.get(0).get("id")));
    assertEquals(results.get(0).get("id"), chunk.get("id"));
    assertTrue(chunk.get("text").toString().length() > results.get(0).get("snippet").toString().length() - 1);
    assertEquals("northwind/v3.1/contact-center-guide/contact-center-guide.md", chunk.get("source"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void comparesTwoReleases() {
    Map<String, Object> diff = answer("diff_versions",
        Map.of("product", "northwind", "from_version", "v4.0", "to_version", "v4.1"));
    List<Map<String, Object>> documents = (List<Map<String, Object>>) diff.get("documents");
    assertEquals("contact-center-guide", documents.get(0).get("document"));
    Map<String, Object> report = (Map<String, Object>) documents.get(0).get("report");
    assertFalse(((List<Object>) report.get("changes")).isEmpty());
  }

  @Test
  void badArgumentsAreToolErrorsThatSayWhatToChange() {
    assertEquals("missing argument 'query'", error("search_docs", Map.of("query", " ")));
    assertEquals("argument 'limit' must be at least 1; got 0",
        error("search_endpoints", Map.of("query", "hold", "limit", 0)));
    assertEquals("missing argument 'chunk_id'", error("get_chunk", Map.of("chunk", "x")));
    assertEquals("unknown argument 'chunk'; the arguments are chunk_id",
        error("get_chunk", Map.of("chunk_id", "x", "chunk", "x")));
    assertEquals("argument 'query' must be a string; got 5", error("search_docs", Map.of("query", 5)));
    assertEquals("unknown product 'acme'; the library has northwind",
        error("search_docs", Map.of("query", "hold", "product", "acme")));
    assertTrue(error("get_chunk", Map.of("chunk_id", "../../etc/passwd")).startsWith("no chunk '../../etc/passwd'"));
    assertTrue(error("get_endpoint", Map.of("endpoint_id", "nothing")).startsWith("no endpoint 'nothing'"));
    assertTrue(error("diff_versions", Map.of("product", "northwind", "from_version", "v1", "to_version", "v4.1"))
        .startsWith("the library has no release 'v1' of northwind; it has v3.1, v4.0, v4.1"));
  }

  private static Map<String, Object> answer(String tool, Map<String, Object> arguments) {
    CallToolResult result = client.callTool(new CallToolRequest(tool, arguments));
    assertFalse(Boolean.TRUE.equals(result.isError()), () -> tool + ": " + text(result));
    return Json.parseObject(text(result));
  }

  private static String error(String tool, Map<String, Object> arguments) {
    CallToolResult result = client.callTool(new CallToolRequest(tool, arguments));
    assertTrue(Boolean.TRUE.equals(result.isError()), () -> tool + " answered " + text(result));
    return text(result);
  }

  private static String text(CallToolResult result) {
    return ((TextContent) result.content().get(0)).text();
  }
}
