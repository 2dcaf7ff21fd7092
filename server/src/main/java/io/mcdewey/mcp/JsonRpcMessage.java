package io.mcdewey.mcp;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** One JSON-RPC 2.0 message a client sent: a request, a notification, or a response to a request of ours. */
public sealed interface JsonRpcMessage {

  /**
   * A request, answered with a result or an error.
   *
   * @param id a string or a number, echoed in the answer
   * @param params the {@code params} member as sent, {@code null} when absent; {@link Params} checks it
   */
  record Request(Object id, String method, Object params) implements JsonRpcMessage {
    public Map<String, Object> result(Object result) {
      Map<String, Object> response = new LinkedHashMap<>();
      response.put("jsonrpc", "2.0");
      response.put("id", id);
      response.put("result", result);
      return response;
    }
  }

  /** A notification, which gets no answer. */
  record Notification(String method, Object params) implements JsonRpcMessage {}

  /** A response; the server sends no requests, so any response is unexpected and ignored. */
  record Response(Object id) implements JsonRpcMessage {}

  /**
   * Reads one message from parsed JSON.
   *
   * @throws InvalidMessage when it is not a valid message; the error carries its id when it could be read
   */
  static JsonRpcMessage read(Object json) throws InvalidMessage {
    if (!(json instanceof Map<?, ?> message)) {
      throw new InvalidMessage(null, "a JSON-RPC message is a JSON object");
    }
    Object id = message.get("id");
    Object readableId = isId(id) ? id : null;
    if (!"2.0".equals(message.get("jsonrpc"))) {
      throw new InvalidMessage(readableId, "the message must have \"jsonrpc\": \"2.0\"");
    }
    boolean hasId = message.containsKey("id");
    if (message.containsKey("method")) {
      if (!(message.get("method") instanceof String method) || method.isEmpty()) {
        throw new InvalidMessage(readableId, "\"method\" must be a non-empty string");
      }
      if (!hasId) {
        return new Notification(method, message.get("params"));
      }
      if (readableId == null) {
        throw new InvalidMessage(null, "\"id\" must be a string or a number");
      }
      return new Request(id, method, message.get("params"));
    }
    if (hasId && (message.containsKey("result") || message.containsKey("error"))) {
      return new Response(id);
    }
    throw new InvalidMessage(readableId, "a message has a \"method\" (request or notification) or a \"result\" or"
        + " \"error\" (response)");
  }

  private static boolean isId(Object id) {
    return id instanceof String || id instanceof Long || id instanceof BigDecimal;
  }

  /** A message that is not valid JSON-RPC; answered with an Invalid Request error. */
  final class InvalidMessage extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Object id;

    InvalidMessage(Object id, String message) {
      super(message, null, false, false);
      this.id = id;
    }

    /** The error response, with the message's id when it had a usable one. */
    Map<String, Object> response() {
      return new JsonRpcException(JsonRpcException.INVALID_REQUEST, getMessage()).response(id);
    }
  }
}
