package io.mcdewey.testing;

import io.mcdewey.json.Json;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** MCP spoken over plain HTTP, message by message, for tests of what the transport answers to each request. */
public final class McpHttp {
  public static final String SESSION = "Mcp-Session-Id";
  private final URI endpoint;

  public McpHttp(URI server) {
    this.endpoint = server.resolve("/mcp");
  }

  /** Initializes a session at a protocol version; its id. */
  public String initialize(String protocolVersion) {
    HttpResponse<String> response = send(post(null, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
        + "\"params\":{\"protocolVersion\":\"" + protocolVersion + "\",\"capabilities\":{},"
        + "\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}").build());
    if (response.statusCode() != 200) {
      throw new AssertionError("initialize answered " + response.statusCode() + ": " + response.body());
    }
    return response.headers().firstValue(SESSION).orElseThrow();
  }

  /** A POST of a JSON body, in a session unless {@code session} is null, with the headers a client sends. */
  public HttpRequest.Builder post(String session, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json, text/event-stream")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    return session == null ? request : request.header(SESSION, session);
  }

  /** The JSON-RPC answer to one request in a session. */
  public Map<String, Object> call(String session, String method, String params) {
    HttpResponse<String> response = send(post(session, "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"" + method
        + "\",\"params\":" + params + "}").build());
    return Json.parseObject(response.body());
  }

  public HttpRequest.Builder get(String session) {
    return HttpRequest.newBuilder(endpoint).header("Accept", "text/event-stream").header(SESSION, session).GET();
  }

  public URI endpoint() {
    return endpoint;
  }

  public static HttpResponse<String> send(HttpRequest request) {
    return Http.send(request);
  }
}
