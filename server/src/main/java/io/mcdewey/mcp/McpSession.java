package io.mcdewey.mcp;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One client's session, from {@code initialize} until it is deleted or idle too long: the protocol version agreed,
 * the stream the server sends it messages on and the log messages it wants.
 */
final class McpSession {
  private final String id;
  private final String protocolVersion;
  private final EventStream events = new EventStream();
  private volatile LogLevel logLevel = LogLevel.INFO;
  private volatile long lastUsed = System.nanoTime();

  McpSession(String id, String protocolVersion) {
    this.id = id;
    this.protocolVersion = protocolVersion;
  }

  String id() {
    return id;
  }

  String protocolVersion() {
    return protocolVersion;
  }

  EventStream events() {
    return events;
  }

  void logLevel(LogLevel level) {
    this.logLevel = level;
  }

  /** Sends a log message on the session's stream when the client asked for messages of that level. */
  void log(LogLevel level, String logger, String message) {
    if (level.compareTo(logLevel) >= 0) {
      Map<String, Object> params = new LinkedHashMap<>();
      params.put("level", level.wireName());
      params.put("logger", logger);
      params.put("data", message);
      notify("notifications/message", params);
    }
  }

  void notify(String method, Map<String, Object> params) {
    Map<String, Object> notification = new LinkedHashMap<>();
    notification.put("jsonrpc", "2.0");
    notification.put("method", method);
    notification.put("params", params);
    events.send(CompactJson.write(notification));
  }

  void touch() {
    lastUsed = System.nanoTime();
  }

  long idleNanos() {
    return System.nanoTime() - lastUsed;
  }
}
