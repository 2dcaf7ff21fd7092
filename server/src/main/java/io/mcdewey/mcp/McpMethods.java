package io.mcdewey.mcp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Answers the MCP requests of a session, method by method. */
final class McpMethods {
  /** At most this many completion values are returned, as the spec says. */
  static final int MAX_COMPLETIONS = 100;

  private final McpFeatures features;
  private final ToolCalls tools;
  private final ResourceCatalog resources;
  private final PromptCatalog prompts;

  McpMethods(McpFeatures features) {
    this.features = features;
    this.tools = new ToolCalls(features.tools());
    this.resources = new ResourceCatalog(features.resources());
    this.prompts = new PromptCatalog(features.prompts());
  }

  /** The protocol version an {@code initialize} request asks for, checked. */
  static String requestedVersion(Params params) throws JsonRpcException {
    String requested = params.string("protocolVersion");
    params.params("clientInfo").string("name");
    params.optionalObject("capabilities");
    return ProtocolVersions.negotiate(requested);
  }

  /** The {@code initialize} result for a session: what the server is and offers. */
  Map<String, Object> initialize(McpSession session) {
    Map<String, Object> capabilities = new LinkedHashMap<>();
    capabilities.put("tools", Map.of("listChanged", false));
    if (!resources.isEmpty()) {
      capabilities.put("resources", Map.of("subscribe", true, "listChanged", false));
    }
    if (!prompts.isEmpty()) {
      capabilities.put("prompts", Map.of("listChanged", false));
    }
    capabilities.put("completions", Map.of());
    capabilities.put("logging", Map.of());
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("protocolVersion", session.protocolVersion());
    result.put("capabilities", capabilities);
    result.put("serverInfo", Map.of("name", features.name(), "version", features.version()));
    result.put("instructions", features.instructions());
    return result;
  }

  /** The result of a request in a session, or the error it gets. */
  Object answer(McpSession session, String method, Params params) throws JsonRpcException {
    return switch (method) {
      case "ping" -> Map.of();
      case "tools/list" -> tools.list();
      case "tools/call" -> tools.call(params);
      case "resources/list" -> resources.list(params);
      case "resources/templates/list" -> resources.templates(params);
      case "resources/read" -> resources.read(params);
      case "resources/subscribe" -> subscribe(params);
      case "resources/unsubscribe" -> {
        params.string("uri");
        yield Map.of();
      }
      case "prompts/list" -> prompts.list(params);
      case "prompts/get" -> prompts.get(params);
      case "completion/complete" -> complete(params);
      case "logging/setLevel" -> {
        session.logLevel(LogLevel.parse(params.string("level")));
        yield Map.of();
      }
      case "initialize" -> throw new JsonRpcException(JsonRpcException.INVALID_REQUEST,
          "this session is initialized already; initialize without an Mcp-Session-Id header for a new one");
      default -> throw new JsonRpcException(JsonRpcException.METHOD_NOT_FOUND, "no method " + method);
    };
  }

  /**
   * Only resources that exist can be watched. The resources do not change while the server runs (the library is read
   * once, at start), so a subscription never has an update to send; clients may still watch, as the spec lets them.
   */
  private Map<String, Object> subscribe(Params params) throws JsonRpcException {
    resources.contents(params.string("uri"));
    return Map.of();
  }

  private Map<String, Object> complete(Params params) throws JsonRpcException {
    Params ref = params.params("ref");
    Params argument = params.params("argument");
    String name = argument.string("name");
    String value = argument.string("value");
    Map<String, String> context = params.optionalObject("context").isEmpty() ? Map.of()
        : params.params("context").strings("arguments");
    String type = ref.string("type");
    List<String> values = switch (type) {
      case "ref/prompt" -> prompts.complete(ref.string("name"), name, value, context);
      case "ref/resource" -> resources.complete(ref.string("uri"), name, value, context);
      default -> throw JsonRpcException.invalidParams("params.ref.type must be ref/prompt or ref/resource; got "
          + type);
    };
    Map<String, Object> completion = new LinkedHashMap<>();
    completion.put("values", values.subList(0, Math.min(values.size(), MAX_COMPLETIONS)));
    completion.put("total", values.size());
    completion.put("hasMore", values.size() > MAX_COMPLETIONS);
    return Map.of("completion", completion);
  }
}
