package io.mcdewey.bench;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The calls the server benchmark's load clients make: a question to {@code /api/search} or to MCP. */
final class SearchCalls {
  /** Questions the clients ask in turn; written for the benchmark, answered by the corpus. */
  static final List<String> QUESTIONS = List.of("how do I transfer a call", "sign an agent in",
      "sign the agent out of the desktop", "make the agent ready", "change state with a reason code",
      "list reason codes", "get a wrap-up reason", "start a consult call", "send DTMF tones", "make a call",
      "update call variables", "silent monitoring by a supervisor", "end the monitoring call",
      "accept a preview reservation", "sign in to chat or email media", "refresh an access token",
      "test single sign-on", "get the user's details", "errors of the dialog API", "CTI events for a conference");

  private SearchCalls() {}

  /**
   * The clients of one kind of load: {@code api}, {@code mcp}, or {@code fresh} (questions never asked before, told
   * apart from those of other runs by {@code run}).
   */
  static LoadRun.ClientFactory clients(String kind, URI base, String run) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    return switch (kind) {
      case "api" -> i -> n -> apiSearch(http, base, QUESTIONS.get((i + n) % QUESTIONS.size()));
      case "fresh" -> i -> n -> apiSearch(http, base, QUESTIONS.get(n % QUESTIONS.size()) + " case " + run + i + "-"
          + n);
      case "mcp" -> i -> mcpClient(base);
      default -> throw new IllegalArgumentException("no load of kind " + kind);
    };
  }

  private static boolean apiSearch(HttpClient http, URI base, String question) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/search?k=5&q="
        + URLEncoder.encode(question, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
    return response.statusCode() == 200 && response.body().contains("\"endpoints\"");
  }

  private static LoadRun.Client mcpClient(URI base) {
    McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport.builder(base.toString())
        .endpoint("/mcp").build()).requestTimeout(Duration.ofSeconds(30)).build();
    client.initialize();
    return new LoadRun.Client() {
      @Override
      public boolean call(int n) {
        CallToolResult result = client.callTool(new CallToolRequest("search_endpoints",
            Map.of("query", QUESTIONS.get(n % QUESTIONS.size()), "limit", 5)));
        return !Boolean.TRUE.equals(result.isError());
      }

      @Override
      public void close() {
        client.closeGracefully();
      }
    };
  }
}
