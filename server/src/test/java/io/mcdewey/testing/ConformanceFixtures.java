package io.mcdewey.testing;

import io.mcdewey.mcp.CompactJson;
import io.mcdewey.mcp.JsonRpcException;
import io.mcdewey.mcp.McpPrompt;
import io.mcdewey.mcp.McpPrompt.Argument;
import io.mcdewey.mcp.McpResource;
import io.mcdewey.mcp.McpResourceTemplate;
import io.mcdewey.mcp.PromptProvider;
import io.mcdewey.mcp.ResourceProvider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resources and prompts the MCP conformance suite reads by name ({@code test://static-text},
 * {@code test_simple_prompt}, ...), as its scenarios describe them. A test server offers them beside the library's
 * own, so that those scenarios exercise the server's resource and prompt handling; the server itself never offers
 * them.
 */
public final class ConformanceFixtures implements ResourceProvider, PromptProvider {
  /** A 1×1 PNG. */
  private static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
  private static final String TEMPLATE = "test://template/{id}/data";
  private static final Pattern TEMPLATE_URI = Pattern.compile("test://template/([^/]+)/data");

  @Override
  public List<McpResource> resources() {
    return List.of(
        new McpResource("test://static-text", "static-text", "Static text", "A text resource.", "text/plain"),
        new McpResource("test://static-binary", "static-binary", "Static binary", "A PNG image.", "image/png"),
        new McpResource("test://watched-resource", "watched-resource", "Watched", "A resource to subscribe to.",
            "text/plain"));
  }

  @Override
  public List<McpResourceTemplate> templates() {
    return List.of(new McpResourceTemplate(TEMPLATE, "template", "Template", "Data for an id.",
        "application/json"));
  }

  @Override
  public Optional<Map<String, Object>> read(String uri) {
    Matcher templated = TEMPLATE_URI.matcher(uri);
    if (templated.matches()) {
      String id = templated.group(1);
      return Optional.of(contents(uri, "application/json", "text", CompactJson.write(Map.of("id", id,
          "templateTest", true, "data", "Data for ID: " + id))));
    }
    return switch (uri) {
      case "test://static-text" -> Optional.of(contents(uri, "text/plain", "text",
          "This is the content of the static text resource."));
      case "test://static-binary" -> Optional.of(contents(uri, "image/png", "blob", PNG));
      case "test://watched-resource" -> Optional.of(contents(uri, "text/plain", "text", "Watched."));
      default -> Optional.empty();
    };
  }

  @Override
  public List<McpPrompt> prompts() {
    return List.of(
        new McpPrompt("test_simple_prompt", "Simple", "A prompt without arguments.", List.of()),
        new McpPrompt("test_prompt_with_arguments", "With arguments", "A prompt with two arguments.",
            List.of(new Argument("arg1", "First test argument", true),
                new Argument("arg2", "Second test argument", true))),
        new McpPrompt("test_prompt_with_embedded_resource", "With a resource", "A prompt embedding a resource.",
            List.of(new Argument("resourceUri", "URI of the resource to embed", true))),
        new McpPrompt("test_prompt_with_image", "With an image", "A prompt with an image.", List.of()));
  }

  @Override
  public Map<String, Object> get(String name, Map<String, String> arguments) throws JsonRpcException {
    List<Map<String, Object>> messages = switch (name) {
      case "test_simple_prompt" -> List.of(text("This is a simple prompt for testing."));
      case "test_prompt_with_arguments" -> List.of(text("Prompt with arguments: arg1='" + arguments.get("arg1")
          + "', arg2='" + arguments.get("arg2") + "'"));
      case "test_prompt_with_embedded_resource" -> List.of(
          message(Map.of("type", "resource", "resource", contents(arguments.getOrDefault("resourceUri", ""),
              "text/plain", "text", "Embedded resource content for testing."))),
          text("Please process the embedded resource above."));
      default -> List.of(message(Map.of("type", "image", "data", PNG, "mimeType", "image/png")),
          text("Please analyze the image above."));
    };
    return Map.of("messages", messages);
  }

  @Override
  public List<String> complete(String name, String argument, String prefix, Map<String, String> context) {
    return List.of();
  }

  private static Map<String, Object> contents(String uri, String mimeType, String member, String value) {
    Map<String, Object> contents = new LinkedHashMap<>();
    contents.put("uri", uri);
    contents.put("mimeType", mimeType);
    contents.put(member, value);
    return contents;
  }

  private static Map<String, Object> text(String text) {
    return message(Map.of("type", "text", "text", text));
  }

  private static Map<String, Object> message(Map<String, Object> content) {
    return Map.of("role", "user", "content", content);
  }
}
