package io.mcdewey.mcp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A prompt as {@code prompts/list} shows it. */
public record McpPrompt(String name, String title, String description, List<Argument> arguments) {

  /** One argument of a prompt; its values can be completed with {@code completion/complete}. */
  public record Argument(String name, String description, boolean required) {}

  public McpPrompt {
    arguments = List.copyOf(arguments);
  }

  Map<String, Object> describe() {
    Map<String, Object> prompt = new LinkedHashMap<>();
    prompt.put("name", name);
    prompt.put("title", title);
    prompt.put("description", description);
    prompt.put("arguments", arguments.stream().map(a -> {
      Map<String, Object> argument = new LinkedHashMap<>();
      argument.put("name", a.name());
      argument.put("description", a.description());
      argument.put("required", a.required());
      return argument;
    }).toList());
    return prompt;
  }
}
