package io.mcdewey.server;

import io.mcdewey.json.Json;
import io.mcdewey.mcp.JsonRpcException;
import io.mcdewey.mcp.McpPrompt;
import io.mcdewey.mcp.McpPrompt.Argument;
import io.mcdewey.mcp.PromptProvider;
import io.mcdewey.mcp.ToolError;
import io.mcdewey.search.Endpoint;
import io.mcdewey.search.Found;
import io.mcdewey.search.Library;
import io.mcdewey.search.LibrarySearch;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prompts for the tasks the library serves: finding the endpoint for a task, writing the client call of an
 * endpoint, and telling what changed between two releases. Each prompt carries what the library knows (search
 * results, the endpoint, the diff) so that the model starts from the guide, not from memory.
 */
final class LibraryPrompts implements PromptProvider {
  static final String FIND_ENDPOINT = "find_endpoint";
  static final String WRITE_CLIENT_CALL = "write_client_call";
  static final String COMPARE_RELEASES = "compare_releases";
  /** Endpoints a find_endpoint prompt shows. */
  static final int CANDIDATES = 5;

  private final LibrarySearch search;
  private final Library library;
  private final Views views;
  private final VersionComparison comparison;
  private final LibraryCompletions completions;

  LibraryPrompts(LibrarySearch search, Views views) {
    this.search = search;
    this.library = search.library();
    this.views = views;
    this.comparison = new VersionComparison(library);
    this.completions = new LibraryCompletions(library);
  }

  @Override
  public List<McpPrompt> prompts() {
    return List.of(
        new McpPrompt(FIND_ENDPOINT, "Find the endpoint for a task", "Which REST endpoint does what you want, with"
            + " the best candidates the library finds for it.", List.of(
                new Argument("task", "What you want to do, in plain words, such as 'put a call on hold'.", true),
                new Argument("product", "Only this product; all when left out.", false),
                new Argument("version", "Only this release; all when left out.", false))),
        new McpPrompt(WRITE_CLIENT_CALL, "Write a client call for an endpoint", "Java code calling one endpoint"
            + " through the generated SDK, starting from what the guide says of it.", List.of(
                new Argument("endpoint_id", "The endpoint, as search_endpoints returns it.", true),
                new Argument("task", "What the call is for, to shape the example; optional.", false))),
        new McpPrompt(COMPARE_RELEASES, "What changed between two releases", "The changes between two releases of"
            + " a product that matter to an integrator, from the API diff of their guides.", List.of(
                new Argument("product", "The product, as list_sources names it.", true),
                new Argument("from_version", "The older release.", true),
                new Argument("to_version", "The newer release.", true))));
  }

  @Override
  public Map<String, Object> get(String name, Map<String, String> arguments) throws JsonRpcException {
    try {
      return switch (name) {
        case FIND_ENDPOINT -> findEndpoint(required(arguments, "task"), arguments.getOrDefault("product", ""),
            arguments.getOrDefault("version", ""));
        case WRITE_CLIENT_CALL -> writeClientCall(required(arguments, "endpoint_id"),
            arguments.getOrDefault("task", ""));
        default -> compareReleases(required(arguments, "product"), required(arguments, "from_version"),
            required(arguments, "to_version"));
      };
    } catch (ToolError e) {
      throw JsonRpcException.invalidParams(e.getMessage());
    }
  }

  @Override
  public List<String> complete(String prompt, String argument, String prefix, Map<String, String> context) {
    return completions.values(argument, prefix, context);
  }

  private Map<String, Object> findEndpoint(String task, String product, String version) throws ToolError {
    SearchFilter filter = SearchFilter.checked(library, product.strip(), version.strip());
    String query = QueryText.clean(task);
    if (!QueryText.hasWords(query)) {
      throw new ToolError("the task has no words to search for");
    }
    List<Found<Endpoint>> found;
    try {
      found = search.endpoints(query, filter.product(), filter.version(), CANDIDATES);
    } catch (IOException e) {
      throw new ToolError("the search index cannot be read: " + e.getMessage());
    }
    StringBuilder text = new StringBuilder("I want to: " + query + "\n\nWhich endpoint of the library does that?"
        + " These are the best candidates its search finds, best first:\n\n");
    for (Found<Endpoint> candidate : found) {
      text.append("- ").append(candidate.item().label()).append(": ")
          .append(EndpointLines.summary(candidate.item())).append(" (id ").append(candidate.item().id())
          .append(")\n");
    }
    text.append("\nPick the one that fits, read it with get_endpoint, and say how to call it; if none fits, search"
        + " again with search_endpoints in other words.");
    return result("Find the endpoint for: " + query, List.of(message(textContent(text.toString()))));
  }

  private Map<String, Object> writeClientCall(String endpointId, String task) throws ToolError {
    Endpoint endpoint = library.endpoint(endpointId).orElseThrow(() -> new ToolError("no endpoint '" + endpointId
        + "' in the library; search_endpoints returns endpoint ids"));
    String uri = ResourceUris.endpoint(endpoint.id());
    String text = "Write Java code that calls " + endpoint.label() + " (" + EndpointLines.summary(endpoint) + ") of "
        + GuideTitles.of(endpoint.guide()) + (task.isBlank() ? "" : ", in order to " + task.strip()) + ". Use the"
        + " SDK that `mcdewey generate` writes for this guide (package "
        + ClientSnippet.basePackage(endpoint.guide().id()) + "), starting from the call below; explain each"
        + " argument from the guide, handle the errors the guide lists, and say what the guide leaves open.\n\n"
        + "```java\n" + views.endpoint(endpoint).get("clientCall") + "\n```";
    return result("Write a client call for " + endpoint.label(), List.of(
        message(Map.of("type", "resource", "resource", LibraryResources.contents(uri, "application/json",
            Json.write(views.endpoint(endpoint))))),
        message(textContent(text))));
  }

  private Map<String, Object> compareReleases(String product, String from, String to) throws ToolError {
    Map<String, Object> diff = comparison.compare(product, from, to);
    StringBuilder text = new StringBuilder("Tell an integrator of " + product + " what changed from " + from
        + " to " + to + ": what breaks existing clients first, then what is new, then the rest. Name each endpoint"
        + " and field. The API diff of the guides:\n");
    for (Object document : (List<?>) diff.get("documents")) {
      Map<?, ?> report = (Map<?, ?>) document;
      text.append("\n## ").append(report.get("document")).append("\n\n").append(report.get("summary")).append('\n');
    }
    appendDocuments(text, "Only in " + from, diff.get("onlyInFromVersion"));
    appendDocuments(text, "Only in " + to, diff.get("onlyInToVersion"));
    return result("What changed in " + product + " from " + from + " to " + to,
        List.of(message(textContent(text.toString()))));
  }

  private static void appendDocuments(StringBuilder text, String heading, Object documents) {
    List<?> names = (List<?>) documents;
    if (!names.isEmpty()) {
      text.append("\n").append(heading).append(": ").append(names).append('\n');
    }
  }

  private static String required(Map<String, String> arguments, String name) throws ToolError {
    String value = arguments.getOrDefault(name, "").strip();
    if (value.isEmpty()) {
      throw new ToolError("the argument " + name + " is required");
    }
    return value;
  }

  private static Map<String, Object> result(String description, List<Map<String, Object>> messages) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("description", description);
    result.put("messages", new ArrayList<>(messages));
    return result;
  }

  private static Map<String, Object> message(Map<String, Object> content) {
    return Map.of("role", "user", "content", content);
  }

  private static Map<String, Object> textContent(String text) {
    return Map.of("type", "text", "text", text);
  }
}
