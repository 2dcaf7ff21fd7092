package io.mcdewey.mcp;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code resources/list}, {@code resources/templates/list} and {@code resources/read} over all providers. */
final class ResourceCatalog {
  private final List<ResourceProvider> providers;

  ResourceCatalog(List<ResourceProvider> providers) {
    this.providers = providers;
  }

  boolean isEmpty() {
    return providers.isEmpty();
  }

  Map<String, Object> list(Params params) throws JsonRpcException {
    return Pagination.page("resources", providers.stream().flatMap(p -> p.resources().stream()).toList(),
        McpResource::describe, params);
  }

  Map<String, Object> templates(Params params) throws JsonRpcException {
    return Pagination.page("resourceTemplates", providers.stream().flatMap(p -> p.templates().stream()).toList(),
        McpResourceTemplate::describe, params);
  }

  Map<String, Object> read(Params params) throws JsonRpcException {
    return Map.of("contents", List.of(contents(params.string("uri"))));
  }

  /** The contents of a resource, or a Resource Not Found error naming it. */
  Map<String, Object> contents(String uri) throws JsonRpcException {
    for (ResourceProvider provider : providers) {
      Optional<Map<String, Object>> contents = provider.read(uri);
      if (contents.isPresent()) {
        return contents.get();
      }
    }
    throw new JsonRpcException(JsonRpcException.RESOURCE_NOT_FOUND, "no resource " + uri
        + "; resources/list and resources/templates/list show the resources");
  }

  /** Completion values for a variable of a template, or an Invalid Params error for an unknown template. */
  List<String> complete(String uriTemplate, String variable, String prefix, Map<String, String> context)
      throws JsonRpcException {
    for (ResourceProvider provider : providers) {
      if (provider.templates().stream().anyMatch(t -> t.uriTemplate().equals(uriTemplate))) {
        return provider.complete(uriTemplate, variable, prefix, context);
      }
    }
    throw JsonRpcException.invalidParams("no resource template " + uriTemplate);
  }
}
