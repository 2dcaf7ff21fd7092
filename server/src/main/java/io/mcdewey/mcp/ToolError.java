package io.mcdewey.mcp;

/**
 * A tool call that cannot be answered as asked; the message tells the caller what to change. It becomes a tool
 * result with {@code isError: true}, which the model reads, not a protocol error.
 */
public final class ToolError extends Exception {
  private static final long serialVersionUID = 1L;

  public ToolError(String message) {
    super(message, null, false, false);
  }
}
