package io.mcdewey.server;

import io.mcdewey.json.Json;
import io.mcdewey.search.Chunk;
import io.mcdewey.search.Endpoint;
import io.mcdewey.search.Library;
import io.mcdewey.search.LibraryGuide;
import io.mcdewey.search.LibrarySearch;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tools the MCP endpoint offers: finding and reading guide pages and endpoints, comparing releases, and writing
 * the Java call of an endpoint. Every answer is JSON, as text and as structured content; a call that cannot be
 * answered gets a tool error saying what to change.
 */
final class McpTools {
  /** Search results a tool returns unless asked for more. */
  static final int DEFAULT_LIMIT = 5;

  private final LibrarySearch search;
  private final Library library;
  private final Views views;
  private final ClientSnippet snippets;
  private final VersionComparison comparison;

  McpTools(LibrarySearch search, Views views, ClientSnippet snippets) {
    this.search = search;
    this.library = search.library();
    this.views = views;
    this.snippets = snippets;
    this.comparison = new VersionComparison(library);
  }

  /** A tool's handler: reads the arguments and returns the answer. */
  private interface Handler {
    Map<String, Object> answer(ToolArguments arguments) throws ToolException, IOException;
  }

  List<SyncToolSpecification> specifications() {
    return List.of(
        tool("list_sources", "List the guides in the library: product, version, document, title, and how many"
            + " pages (chunks) and endpoints each has. Use the product and version values to filter searches.",
            schema(Map.of(), List.of()), arguments -> Map.of("sources",
                library.guides().stream().map(views::source).toList())),
        tool("search_docs", "Search the pages (chunks) of the guides for a question in plain words, such as 'how do"
            + " I transfer a call?'. Returns the best chunks with their id, page, source and a snippet; read one"
            + " whole with get_chunk.", searchSchema(), this::searchDocs),
        tool("search_endpoints", "Search the REST endpoints read from the guides for what you want to do, such"
            + " as 'sign an agent out'. Returns endpoints with id, title, HTTP method and path; get details with"
            + " get_endpoint and the Java call with generate_client_code.", searchSchema(), this::searchEndpoints),
        tool("get_chunk", "Read one chunk (a page of a guide) whole: its text, page number, source, the previous"
            + " and next chunk ids, and the endpoints read from it.",
            schema(Map.of("chunk_id", string("A chunk id, as search_docs returns it.")), List.of("chunk_id")),
            arguments -> views.chunk(chunk(arguments.required("chunk_id")))),
        tool("get_endpoint", "Everything the guide says about one endpoint: method, path, parameters (where each"
            + " goes and whether it is required), request body, responses with reasons, security constraints,"
            + " notes, the chunks it was read from, and the Java call.",
            schema(Map.of("endpoint_id", string("An endpoint id, as search_endpoints returns it.")),
                List.of("endpoint_id")),
            arguments -> views.endpoint(endpoint(arguments.required("endpoint_id")))),
        tool("diff_versions", "Compare two releases of a product's guides: which endpoints were added, removed or"
            + " changed between from_version and to_version. list_sources shows the releases in the library.",
            schema(Map.of("product", string("The product, as list_sources names it."),
                "from_version", string("The older release."), "to_version", string("The newer release.")),
                List.of("product", "from_version", "to_version")),
            arguments -> comparison.compare(arguments.required("product"), arguments.required("from_version"),
                arguments.required("to_version"))),
        tool("generate_client_code", "The Java code that calls one endpoint through the SDK McDewey generates"
            + " for its guide (mcdewey generate): the client's group accessor and method, with the required"
            + " arguments and the options builder.",
            schema(Map.of("endpoint_id", string("An endpoint id, as search_endpoints returns it.")),
                List.of("endpoint_id")),
            this::generateClientCode));
  }

  private Map<String, Object> searchDocs(ToolArguments arguments) throws ToolException, IOException {
    Filter filter = filter(arguments);
    return Map.of("results", search.chunks(arguments.required("query"), filter.product, filter.version,
        limit(arguments)).stream().map(views::chunkResult).toList());
  }

  private Map<String, Object> searchEndpoints(ToolArguments arguments) throws ToolException, IOException {
    Filter filter = filter(arguments);
    return Map.of("results", search.endpoints(arguments.required("query"), filter.product, filter.version,
        limit(arguments)).stream().map(views::endpointResult).toList());
  }

  private Map<String, Object> generateClientCode(ToolArguments arguments) throws ToolException {
    Endpoint endpoint = endpoint(arguments.required("endpoint_id"));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("endpoint", endpoint.id());
    answer.put("title", endpoint.label());
    answer.put("language", "java");
    answer.put("package", ClientSnippet.basePackage(endpoint.guide().id()));
    answer.put("code", snippets.of(endpoint));
    return answer;
  }

  private static int limit(ToolArguments arguments) throws ToolException {
    return arguments.integer("limit", DEFAULT_LIMIT, 1, SearchParameters.MAX_LIMIT);
  }

  private record Filter(String product, String version) {}

  /** The product and version filters, which must name guides of the library. */
  private Filter filter(ToolArguments arguments) throws ToolException {
    String product = arguments.optional("product");
    String version = arguments.optional("version");
    Set<String> products = new TreeSet<>();
    Set<String> versions = new TreeSet<>();
    for (LibraryGuide guide : library.guides()) {
      products.add(guide.id().product());
      if (product.isEmpty() || guide.id().product().equals(product)) {
        versions.add(guide.id().version());
      }
    }
    if (!product.isEmpty() && !products.contains(product)) {
      throw new ToolException("unknown product '" + product + "'; the library has " + String.join(", ", products));
    }
    if (!version.isEmpty() && !versions.contains(version)) {
      throw new ToolException("unknown version '" + version + "'" + (product.isEmpty() ? "" : " of " + product)
          + "; the library has " + String.join(", ", versions));
    }
    return new Filter(product, version);
  }

  private Chunk chunk(String id) throws ToolException {
    return library.chunk(id).orElseThrow(() -> new ToolException("no chunk '" + id
        + "' in the library; search_docs returns chunk ids"));
  }

  private Endpoint endpoint(String id) throws ToolException {
    return library.endpoint(id).orElseThrow(() -> new ToolException("no endpoint '" + id
        + "' in the library; search_endpoints returns endpoint ids"));
  }

  private static SyncToolSpecification tool(String name, String description, Map<String, Object> inputSchema,
      Handler handler) {
    Tool tool = Tool.builder()
        .name(name)
        .description(description)
        .inputSchema(inputSchema)
        .annotations(new ToolAnnotations(null, true, false, true, false, null))
        .build();
    return SyncToolSpecification.builder()
        .tool(tool)
        .callHandler((exchange, request) -> call(handler, request.arguments()))
        .build();
  }

  private static CallToolResult call(Handler handler, Map<String, Object> arguments) {
    try {
      Map<String, Object> answer = handler.answer(new ToolArguments(arguments));
      return CallToolResult.builder().addTextContent(Json.write(answer)).structuredContent(answer).build();
    } catch (ToolException e) {
      return CallToolResult.builder().addTextContent(e.getMessage()).isError(true).build();
    } catch (IOException e) {
      return CallToolResult.builder().addTextContent("the search index cannot be read: " + e.getMessage())
          .isError(true).build();
    }
  }

  private static Map<String, Object> searchSchema() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("query", string("What you are looking for, in plain words."));
    properties.put("product", string("Only this product (see list_sources); all when left out."));
    properties.put("version", string("Only this release of the product; all when left out."));
    properties.put("limit", Map.of("type", "integer", "minimum", 1, "maximum", SearchParameters.MAX_LIMIT,
        "default", DEFAULT_LIMIT, "description", "How many results, best first."));
    return schema(properties, List.of("query"));
  }

  private static Map<String, Object> schema(Map<String, Object> properties, List<String> required) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", properties);
    schema.put("required", required);
    schema.put("additionalProperties", false);
    return schema;
  }

  private static Map<String, Object> string(String description) {
    return Map.of("type", "string", "description", description);
  }
}
