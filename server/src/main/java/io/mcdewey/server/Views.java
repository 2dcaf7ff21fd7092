package io.mcdewey.server;

import io.mcdewey.model.Example;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.Response;
import io.mcdewey.model.Schema;
import io.mcdewey.search.Chunk;
import io.mcdewey.search.Endpoint;
import io.mcdewey.search.Found;
import io.mcdewey.search.Library;
import io.mcdewey.search.LibraryGuide;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chunks, endpoints and guides as JSON objects, the same for {@code /api/search} and the MCP tools. Every object
 * carries the URL of its page on this server.
 */
final class Views {
  /** How much of a chunk a search result shows. */
  static final int SNIPPET_CHARS = 280;

  private final Library library;
  private final ClientSnippet snippets;
  /**
   * What every result for a chunk or an endpoint shows but its score, made once per id: the library does not change
   * while it is served, and making them (links, titles, the chunks of an endpoint) cost more than the search.
   */
  private final Map<String, Map<String, Object>> chunkResults = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Object>> endpointHeaders = new ConcurrentHashMap<>();

  Views(Library library, ClientSnippet snippets) {
    this.library = library;
    this.snippets = snippets;
  }

  Map<String, Object> source(LibraryGuide guide) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("product", guide.id().product());
    view.put("version", guide.id().version());
    view.put("document", guide.id().document());
    view.put("title", GuideTitles.of(guide));
    view.put("profile", guide.api().profile());
    view.put("libraryPath", guide.id().libraryPath());
    view.put("chunks", guide.chunks().size());
    view.put("endpoints", guide.api().operations().size());
    view.put("firstChunk", guide.chunks().isEmpty() ? null : guide.chunks().get(0).id());
    return view;
  }

  Map<String, Object> chunkResult(Found<Chunk> found) {
    Map<String, Object> view = new LinkedHashMap<>(chunkResults.computeIfAbsent(found.item().id(),
        id -> chunkSummary(found.item())));
    view.put("score", found.score());
    return view;
  }

  private Map<String, Object> chunkSummary(Chunk chunk) {
    Map<String, Object> view = chunkHeader(chunk);
    String text = chunk.text().strip();
    view.put("snippet", text.length() <= SNIPPET_CHARS ? text : text.substring(0, SNIPPET_CHARS) + "…");
    return view;
  }

  Map<String, Object> endpointResult(Found<Endpoint> found) {
    Map<String, Object> view = endpointHeader(found.item());
    view.put("score", found.score());
    return view;
  }

  /** A chunk with its whole text, its neighbours and what was read from it. */
  Map<String, Object> chunk(Chunk chunk) {
    LibraryGuide guide = library.guideOf(chunk);
    List<Chunk> all = guide.chunks();
    Map<String, Object> view = chunkHeader(chunk);
    view.put("previous", chunk.ordinal() > 0 ? all.get(chunk.ordinal() - 1).id() : null);
    view.put("next", chunk.ordinal() + 1 < all.size() ? all.get(chunk.ordinal() + 1).id() : null);
    view.put("endpoints", guide.endpointsIn(chunk).stream().map(this::endpointHeader).toList());
    view.put("schemas", guide.schemasIn(chunk).stream().map(Schema::name).toList());
    view.put("text", chunk.text());
    return view;
  }

  /** An endpoint with everything the model knows of it and the Java call. */
  Map<String, Object> endpoint(Endpoint endpoint) {
    Operation operation = endpoint.operation();
    Map<String, Object> view = endpointHeader(endpoint);
    view.put("description", operation.description());
    view.put("uriTemplate", operation.uriTemplate());
    view.put("parameters", operation.parameters().stream().map(Views::parameter).toList());
    view.put("requestBody", operation.requestBody() == null ? null : operation.requestBody().schema());
    view.put("impliedValues", operation.impliedValues().stream()
        .map(v -> Map.<String, Object>of("name", v.name(), "value", v.value())).toList());
    view.put("responses", operation.responses().stream().map(Views::response).toList());
    view.put("examples", operation.examples().stream().map(Views::example).toList());
    view.put("securityConstraints", operation.securityConstraints());
    view.put("notes", operation.notes());
    view.put("deprecated", operation.deprecated());
    view.put("clientCall", snippets.of(endpoint));
    return view;
  }

  private Map<String, Object> chunkHeader(Chunk chunk) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("kind", "chunk");
    view.put("id", chunk.id());
    view.put("product", chunk.guide().product());
    view.put("version", chunk.guide().version());
    view.put("document", chunk.guide().document());
    view.put("source", chunk.guide().libraryPath());
    view.put("page", chunk.page());
    view.put("lines", chunk.firstLine() > 0 ? chunk.firstLine() + "-" + chunk.lastLine() : null);
    view.put("title", title(chunk));
    view.put("url", Html.chunkUrl(chunk.id()));
    return view;
  }

  /** A copy of the endpoint's header, to add to. */
  private Map<String, Object> endpointHeader(Endpoint endpoint) {
    return new LinkedHashMap<>(endpointHeaders.computeIfAbsent(endpoint.id(), id -> newEndpointHeader(endpoint)));
  }

  private static Map<String, Object> newEndpointHeader(Endpoint endpoint) {
    Operation operation = endpoint.operation();
    List<Chunk> chunks = endpoint.guide().chunksOf(operation);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("kind", "endpoint");
    view.put("id", endpoint.id());
    view.put("title", endpoint.label());
    view.put("method", operation.method());
    view.put("path", operation.path());
    view.put("complete", operation.complete());
    view.put("product", endpoint.guide().id().product());
    view.put("version", endpoint.guide().id().version());
    view.put("document", endpoint.guide().id().document());
    view.put("page", operation.source().page());
    view.put("chunks", chunks.stream().map(Chunk::id).toList());
    view.put("url", chunks.isEmpty() ? null
        : Html.chunkUrl(chunks.get(0).id()) + "#" + Html.anchor(endpoint.id()));
    return view;
  }

  /** The chunk's heading, or the titles of the operations read from it, or where it is. */
  String title(Chunk chunk) {
    if (!chunk.heading().isEmpty()) {
      return chunk.heading();
    }
    List<String> titles = library.guideOf(chunk).endpointsIn(chunk).stream().map(Endpoint::label).toList();
    if (!titles.isEmpty()) {
      return String.join(" · ", titles);
    }
    return chunk.guide() + (chunk.page() == null ? "" : ", page " + chunk.page());
  }

  private static Map<String, Object> parameter(Parameter parameter) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("name", parameter.name());
    view.put("in", parameter.location().name().toLowerCase(Locale.ROOT));
    view.put("required", parameter.required());
    view.put("type", parameter.type());
    view.put("description", parameter.description());
    view.put("allowedValues", parameter.allowedValues());
    view.put("parent", parameter.parent());
    return view;
  }

  private static Map<String, Object> example(Example example) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("kind", example.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    view.put("name", example.name());
    view.put("mediaType", example.mediaType());
    view.put("content", example.content());
    return view;
  }

  private static Map<String, Object> response(Response response) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("status", response.status());
    view.put("reason", response.reason());
    view.put("description", response.description());
    return view;
  }
}
