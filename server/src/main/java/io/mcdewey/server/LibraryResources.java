package io.mcdewey.server;

import io.mcdewey.json.Json;
import io.mcdewey.mcp.McpResource;
import io.mcdewey.mcp.McpResourceTemplate;
import io.mcdewey.mcp.ResourceProvider;
import io.mcdewey.search.Chunk;
import io.mcdewey.search.Endpoint;
import io.mcdewey.search.Library;
import io.mcdewey.search.LibraryGuide;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The library as MCP resources: each guide (its outline, in markdown), each chunk (its text) and each endpoint
 * (everything known of it, in JSON), at the stable addresses {@link ResourceUris} gives, with a template for each
 * kind whose variables complete from the library.
 */
final class LibraryResources implements ResourceProvider {
  private static final String MARKDOWN = "text/markdown";
  private static final String TEXT = "text/plain";
  private static final String JSON = "application/json";

  private final Library library;
  private final Views views;
  private final LibraryCompletions completions;
  private final List<McpResource> resources = new ArrayList<>();

  LibraryResources(Library library, Views views) {
    this.library = library;
    this.views = views;
    this.completions = new LibraryCompletions(library);
    for (LibraryGuide guide : library.guides()) {
      resources.add(new McpResource(ResourceUris.guide(guide.id()), guide.id().key(), GuideTitles.of(guide),
          "The outline of " + GuideTitles.of(guide) + ": its " + guide.chunks().size() + " pages and "
              + guide.api().operations().size() + " endpoints, with their addresses.", MARKDOWN));
    }
    for (LibraryGuide guide : library.guides()) {
      for (Chunk chunk : guide.chunks()) {
        resources.add(new McpResource(ResourceUris.chunk(chunk.id()), chunk.id(), views.title(chunk),
            "A page of " + GuideTitles.of(guide) + (chunk.page() == null ? "" : ", page " + chunk.page()) + ".",
            TEXT));
      }
      for (Endpoint endpoint : guide.endpoints()) {
        resources.add(new McpResource(ResourceUris.endpoint(endpoint.id()), endpoint.id(), endpoint.label(),
            EndpointLines.summary(endpoint), JSON));
      }
    }
  }

  @Override
  public List<McpResource> resources() {
    return resources;
  }

  @Override
  public List<McpResourceTemplate> templates() {
    return List.of(
        new McpResourceTemplate(ResourceUris.GUIDE_TEMPLATE, "guide", "A guide's outline",
            "The pages and endpoints of one guide: product, release and document as list_sources names them.",
            MARKDOWN),
        new McpResourceTemplate(ResourceUris.CHUNK_TEMPLATE, "chunk", "A page of a guide",
            "The text of one chunk, by the id search_docs returns.", TEXT),
        new McpResourceTemplate(ResourceUris.ENDPOINT_TEMPLATE, "endpoint", "An endpoint",
            "Everything the guide says about one endpoint, with its Java call, by the id search_endpoints returns.",
            JSON));
  }

  @Override
  public Optional<Map<String, Object>> read(String uri) {
    Optional<LibraryGuide> guide = ResourceUris.guideId(uri).flatMap(library::guide);
    if (guide.isPresent()) {
      return Optional.of(contents(uri, MARKDOWN, GuideOutline.markdown(guide.get(), views)));
    }
    Optional<Chunk> chunk = ResourceUris.id(uri, ResourceUris.CHUNKS).flatMap(library::chunk);
    if (chunk.isPresent()) {
      return Optional.of(contents(uri, TEXT, chunk.get().text()));
    }
    return ResourceUris.id(uri, ResourceUris.ENDPOINTS).flatMap(library::endpoint)
        .map(endpoint -> contents(uri, JSON, Json.write(views.endpoint(endpoint))));
  }

  @Override
  public List<String> complete(String uriTemplate, String variable, String prefix, Map<String, String> context) {
    return completions.values(variable, prefix, context);
  }

  static Map<String, Object> contents(String uri, String mimeType, String text) {
    Map<String, Object> contents = new LinkedHashMap<>();
    contents.put("uri", uri);
    contents.put("mimeType", mimeType);
    contents.put("text", text);
    return contents;
  }
}
