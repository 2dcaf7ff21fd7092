package io.mcdewey.mcp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A tool: what {@code tools/list} says of it and the handler that answers {@code tools/call}.
 *
 * @param name the name clients call it by
 * @param title a short name for people
 * @param description what it does and when to use it, for the model
 * @param inputSchema the JSON schema its arguments are checked against before the handler runs
 * @param outputSchema the JSON schema of its structured answer
 * @param handler answers a call whose arguments passed the input schema
 */
public record McpTool(String name, String title, String description, Map<String, Object> inputSchema,
    Map<String, Object> outputSchema, Handler handler) {

  /** Answers one call with a JSON object, or a {@link ToolError} saying what to change. */
  public interface Handler {
    Map<String, Object> answer(Map<String, Object> arguments) throws ToolError;
  }

  public McpTool {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(handler, "handler");
  }

  /** The tool as {@code tools/list} shows it. Every tool of this server only reads, so it says so. */
  Map<String, Object> describe() {
    Map<String, Object> tool = new LinkedHashMap<>();
    tool.put("name", name);
    tool.put("title", title);
    tool.put("description", description);
    tool.put("inputSchema", inputSchema);
    tool.put("outputSchema", outputSchema);
    tool.put("annotations", Map.of("title", title, "readOnlyHint", true, "destructiveHint", false,
        "idempotentHint", true, "openWorldHint", false));
    return tool;
  }
}
