package io.mcdewey.mcp;

import java.util.List;

/**
 * Everything a server offers besides the protocol itself.
 *
 * @param name the server's name in {@code initialize}
 * @param version the server's version
 * @param instructions how to use the server, for the model
 * @param tools its tools
 * @param resources its resource providers, consulted in order
 * @param prompts its prompt providers, consulted in order
 * @param notices messages every session is sent as warnings once its event stream opens, such as guides left out
 */
public record McpFeatures(String name, String version, String instructions, List<McpTool> tools,
    List<ResourceProvider> resources, List<PromptProvider> prompts, List<String> notices) {

  public McpFeatures {
    tools = List.copyOf(tools);
    resources = List.copyOf(resources);
    prompts = List.copyOf(prompts);
    notices = List.copyOf(notices);
  }
}
