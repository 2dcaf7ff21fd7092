package io.mcdewey.server;

/**
 * A tool call that cannot be answered as asked; the message tells the caller what to change. It becomes a tool
 * error the model reads, not a protocol error.
 */
final class ToolException extends Exception {
  private static final long serialVersionUID = 1L;

  ToolException(String message) {
    super(message);
  }
}
