package io.mcdewey.mcp;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code prompts/list} and {@code prompts/get} over all providers, and completion of prompt arguments. */
final class PromptCatalog {
  private final List<PromptProvider> providers;

  PromptCatalog(List<PromptProvider> providers) {
    this.providers = providers;
  }

  boolean isEmpty() {
    return providers.isEmpty();
  }

  Map<String, Object> list(Params params) throws JsonRpcException {
    return Pagination.page("prompts", providers.stream().flatMap(p -> p.prompts().stream()).toList(),
        McpPrompt::describe, params);
  }

  Map<String, Object> get(Params params) throws JsonRpcException {
    String name = params.string("name");
    return provider(name).get(name, params.strings("arguments"));
  }

  List<String> complete(String prompt, String argument, String prefix, Map<String, String> context)
      throws JsonRpcException {
    return provider(prompt).complete(prompt, argument, prefix, context);
  }

  private PromptProvider provider(String name) throws JsonRpcException {
    Optional<PromptProvider> provider = providers.stream()
        .filter(p -> p.prompts().stream().anyMatch(prompt -> prompt.name().equals(name))).findFirst();
    if (provider.isEmpty()) {
      throw JsonRpcException.invalidParams("unknown prompt '" + name + "'; prompts/list names the prompts");
    }
    return provider.get();
  }
}
