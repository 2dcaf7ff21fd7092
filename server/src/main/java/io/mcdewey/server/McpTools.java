package io.mcdewey.server;

import io.mcdewey.mcp.McpTool;
import io.mcdewey.mcp.ToolError;
import io.mcdewey.search.Chunk;
import io.mcdewey.search.Endpoint;
import io.mcdewey.search.Library;
import io.mcdewey.search.LibrarySearch;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tools the MCP endpoint offers: finding and reading guide pages and endpoints, comparing releases, and writing
 * the Java call of an endpoint. Every answer is JSON, as text and as structured content its output schema describes;
 * a call that cannot be answered gets a tool error saying what to change.
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

  /** A tool's answer from its checked arguments. */
  private interface Answer {
    Map<String, Object> of(ToolArguments arguments) throws ToolError, IOException;
  }

  List<McpTool> tools() {
    return List.of(
        tool("list_sources", "List the library's guides", "List the guides in the library: product, version,"
            + " document, title, and how many pages (chunks) and endpoints each has. Use the product and version"
            + " values to filter searches.", inputSchema(Map.of(), List.of()), ToolSchemas.SOURCES,
            arguments -> Map.of("sources", library.guides().stream().map(views::source).toList())),
        tool("search_docs", "Search the guides' pages", "Search the pages (chunks) of the guides for a question in"
            + " plain words, such as 'how do I transfer a call?'. Returns the best chunks with their id, page,"
            + " source and a snippet; read one whole with get_chunk.", searchSchema(), ToolSchemas.CHUNK_RESULTS,
            this::searchDocs),
        tool("search_endpoints", "Search the REST endpoints", "Search the REST endpoints read from the guides for"
            + " what you want to do, such as 'sign an agent out'. Returns endpoints with id, title, HTTP method,"
            + " path and whether the guide documents them completely; get details with get_endpoint and the Java"
            + " call with generate_client_code.", searchSchema(), ToolSchemas.ENDPOINT_RESULTS,
            this::searchEndpoints),
        tool("get_chunk", "Read a page of a guide", "Read one chunk (a page of a guide) whole: its text, page"
            + " number, source, the previous and next chunk ids, and the endpoints read from it.",
            inputSchema(Map.of("chunk_id", string("A chunk id, as search_docs returns it.")), List.of("chunk_id")),
            ToolSchemas.CHUNK, arguments -> views.chunk(chunk(arguments.required("chunk_id")))),
        tool("get_endpoint", "Read an endpoint", "Everything the guide says about one endpoint: method, path,"
            + " parameters (where each goes and whether it is required), request body, responses with reasons,"
            + " examples, security constraints, notes, the chunks it was read from, and the Java call.",
            inputSchema(Map.of("endpoint_id", string("An endpoint id, as search_endpoints returns it.")),
                List.of("endpoint_id")),
            ToolSchemas.ENDPOINT, arguments -> views.endpoint(endpoint(arguments.required("endpoint_id")))),
        tool("diff_versions", "Compare two releases", "Compare two releases of a product's guides: which"
            + " endpoints were added, removed or changed between from_version and to_version. list_sources shows"
            + " the releases in the library.",
            inputSchema(Map.of("product", string("The product, as list_sources names it."),
                "from_version", string("The older release."), "to_version", string("The newer release.")),
                List.of("product", "from_version", "to_version")),
            ToolSchemas.DIFF, arguments -> comparison.compare(arguments.required("product"),
                arguments.required("from_version"), arguments.required("to_version"))),
        tool("generate_client_code", "Write the Java call of an endpoint", "The Java code that calls one endpoint"
            + " through the SDK McDewey generates for its guide (mcdewey generate): the client's group accessor and"
            + " method, with the required arguments and the options builder.",
            inputSchema(Map.of("endpoint_id", string("An endpoint id, as search_endpoints returns it.")),
                List.of("endpoint_id")),
            ToolSchemas.CLIENT_CODE, this::generateClientCode));
  }

  private Map<String, Object> searchDocs(ToolArguments arguments) throws ToolError, IOException {
    SearchFilter filter = filter(arguments);
    return Map.of("results", search.chunks(arguments.query("query"), filter.product(), filter.version(),
        arguments.integer("limit", DEFAULT_LIMIT)).stream().map(views::chunkResult).toList());
  }

  private Map<String, Object> searchEndpoints(ToolArguments arguments) throws ToolError, IOException {
    SearchFilter filter = filter(arguments);
    return Map.of("results", search.endpoints(arguments.query("query"), filter.product(), filter.version(),
        arguments.integer("limit", DEFAULT_LIMIT)).stream().map(views::endpointResult).toList());
  }

  private SearchFilter filter(ToolArguments arguments) throws ToolError {
    return SearchFilter.checked(library, arguments.optional("product"), arguments.optional("version"));
  }

  private Map<String, Object> generateClientCode(ToolArguments arguments) throws ToolError {
    Endpoint endpoint = endpoint(arguments.required("endpoint_id"));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("endpoint", endpoint.id());
    answer.put("title", endpoint.label());
    answer.put("language", "java");
    answer.put("package", ClientSnippet.basePackage(endpoint.guide().id()));
    answer.put("code", snippets.of(endpoint));
    return answer;
  }

  private Chunk chunk(String id) throws ToolError {
    return library.chunk(id).orElseThrow(() -> new ToolError("no chunk '" + id
        + "' in the library; search_docs returns chunk ids"));
  }

  private Endpoint endpoint(String id) throws ToolError {
    return library.endpoint(id).orElseThrow(() -> new ToolError("no endpoint '" + id
        + "' in the library; search_endpoints returns endpoint ids"));
  }

  private static McpTool tool(String name, String title, String description, Map<String, Object> inputSchema,
      Map<String, Object> outputSchema, Answer answer) {
    return new McpTool(name, title, description, inputSchema, outputSchema, arguments -> {
      try {
        return answer.of(new ToolArguments(arguments));
      } catch (IOException e) {
        throw new ToolError("the search index cannot be read: " + e.getMessage());
      }
    });
  }

  private static Map<String, Object> searchSchema() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("query", string("What you are looking for, in plain words."));
    properties.put("product", string("Only this product (see list_sources); all when left out."));
    properties.put("version", string("Only this release of the product; all when left out."));
    properties.put("limit", Map.of("type", "integer", "minimum", 1, "maximum", SearchParameters.MAX_LIMIT,
        "default", DEFAULT_LIMIT, "description", "How many results, best first."));
    return inputSchema(properties, List.of("query"));
  }

  private static Map<String, Object> inputSchema(Map<String, Object> properties, List<String> required) {
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
