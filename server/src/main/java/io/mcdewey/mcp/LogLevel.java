package io.mcdewey.mcp;

import java.util.Locale;

/** The syslog severities MCP log messages carry, least severe first. */
enum LogLevel {
  DEBUG, INFO, NOTICE, WARNING, ERROR, CRITICAL, ALERT, EMERGENCY;

  static LogLevel parse(String name) throws JsonRpcException {
    for (LogLevel level : values()) {
      if (level.wireName().equals(name)) {
        return level;
      }
    }
    throw JsonRpcException.invalidParams("params.level must be one of debug, info, notice, warning, error,"
        + " critical, alert, emergency; got '" + name + "'");
  }

  String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
