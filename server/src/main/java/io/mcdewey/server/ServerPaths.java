package io.mcdewey.server;

/**
 * The paths whose answers are not pages: the MCP endpoint and the JSON API. Errors, sign-in and the token check
 * treat them apart, and all must agree on which paths they are.
 */
final class ServerPaths {
  /** The MCP endpoint. */
  static final String MCP = "/mcp";
  /** The prefix of the JSON API. */
  static final String API = "/api/";

  private ServerPaths() {}

  /** Whether a request path addresses the MCP endpoint: {@code /mcp} itself or anything below it. */
  static boolean isMcp(String path) {
    return path.equals(MCP) || path.startsWith(MCP + "/");
  }

  static boolean isApi(String path) {
    return path.startsWith(API);
  }
}
