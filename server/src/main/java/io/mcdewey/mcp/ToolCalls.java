package io.mcdewey.mcp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code tools/list} and {@code tools/call}. */
final class ToolCalls {
  private static final Logger LOG = LoggerFactory.getLogger(ToolCalls.class);

  private final Map<String, McpTool> tools = new LinkedHashMap<>();

  ToolCalls(List<McpTool> tools) {
    tools.forEach(t -> this.tools.put(t.name(), t));
  }

  Map<String, Object> list() {
    return Map.of("tools", tools.values().stream().map(McpTool::describe).toList());
  }

  /**
   * Calls a tool. A request that names no known tool or whose arguments are not an object is a protocol error;
   * arguments that do not fit the tool's schema, and answers the tool cannot give, are tool errors the model reads.
   */
  Map<String, Object> call(Params params) throws JsonRpcException {
    String name = params.string("name");
    McpTool tool = tools.get(name);
    if (tool == null) {
      throw JsonRpcException.invalidParams("unknown tool '" + name + "'; the tools are "
          + String.join(", ", tools.keySet()));
    }
    Map<String, Object> arguments = params.optionalObject("arguments");
    String problem = ArgumentCheck.problem(tool.inputSchema(), arguments);
    if (problem != null) {
      return error(problem);
    }
    try {
      Map<String, Object> answer = tool.handler().answer(arguments);
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("content", List.of(text(CompactJson.write(answer))));
      result.put("structuredContent", answer);
      result.put("isError", false);
      return result;
    } catch (ToolError e) {
      return error(e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("tool {} failed", name, e);
      throw new JsonRpcException(JsonRpcException.INTERNAL_ERROR, "the tool " + name + " failed; the server log says"
          + " why");
    }
  }

  private static Map<String, Object> error(String message) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("content", List.of(text(message)));
    result.put("isError", true);
    return result;
  }

  private static Map<String, Object> text(String text) {
    return Map.of("type", "text", "text", text);
  }
}
