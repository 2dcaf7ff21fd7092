package io.mcdewey.mcp;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON-RPC request that cannot be answered with a result: the error code and a message for the caller. Messages
 * say what was wrong with the request; they never carry class names or stack traces.
 */
public final class JsonRpcException extends Exception {
  private static final long serialVersionUID = 1L;

  public static final int PARSE_ERROR = -32700;
  public static final int INVALID_REQUEST = -32600;
  public static final int METHOD_NOT_FOUND = -32601;
  public static final int INVALID_PARAMS = -32602;
  public static final int INTERNAL_ERROR = -32603;
  /** The MCP code for a resource URI the server does not know. */
  public static final int RESOURCE_NOT_FOUND = -32002;
  /** Transport-level refusals (a missing or unknown session, a wrong header), in the server-defined range. */
  public static final int TRANSPORT_ERROR = -32000;

  private final int code;

  public JsonRpcException(int code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public static JsonRpcException invalidParams(String message) {
    return new JsonRpcException(INVALID_PARAMS, message);
  }

  public int code() {
    return code;
  }

  /** The {@code error} member of a JSON-RPC response. */
  public Map<String, Object> error() {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", code);
    error.put("message", getMessage());
    return error;
  }

  /** A whole error response to the request with {@code id} ({@code null} when it could not be read). */
  public Map<String, Object> response(Object id) {
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("jsonrpc", "2.0");
    response.put("id", id);
    response.put("error", error());
    return response;
  }
}
