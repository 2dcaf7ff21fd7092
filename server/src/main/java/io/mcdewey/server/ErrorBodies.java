package io.mcdewey.server;

import io.mcdewey.mcp.CompactJson;
import io.mcdewey.mcp.JsonRpcException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The body of an error answer in the form the path speaks: a JSON-RPC error at {@code /mcp}, a JSON object at
 * {@code /api/}, a short page elsewhere. The message says what was wrong with the request; server-side failures are
 * logged, never shown.
 */
final class ErrorBodies {
  private ErrorBodies() {}

  /** An error body and its media type. */
  record Body(String contentType, byte[] bytes) {}

  static void write(String path, HttpServletResponse response, int status, String message) throws IOException {
    Body body = of(path, status, message);
    response.setStatus(status);
    response.setContentType(body.contentType());
    response.setContentLength(body.bytes().length);
    response.getOutputStream().write(body.bytes());
  }

  static Body of(String path, int status, String message) {
    if (ServerPaths.isMcp(path)) {
      return new Body("application/json", CompactJson.write(new JsonRpcException(JsonRpcException.TRANSPORT_ERROR,
          message).response(null)).getBytes(StandardCharsets.UTF_8));
    }
    if (ServerPaths.isApi(path)) {
      return new Body("application/json", CompactJson.write(Map.of("error", message))
          .getBytes(StandardCharsets.UTF_8));
    }
    return new Body("text/html;charset=utf-8", Html.page(String.valueOf(status), "", "<h1>" + status
        + "</h1>\n<p class=\"error\">" + Html.escape(message) + "</p>\n").getBytes(StandardCharsets.UTF_8));
  }
}
