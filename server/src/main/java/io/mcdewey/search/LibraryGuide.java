package io.mcdewey.search;

import io.mcdewey.model.Api;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.Schema;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One guide of the library: its model, its chunks, and which operations and schemas were read from which chunk.
 * Which endpoints a chunk holds and which chunks an endpoint spans are worked out once, when the guide joins the
 * library: every search result asks, and a printed guide has thousands of chunks.
 */
public final class LibraryGuide {
  private final GuideId id;
  private final String file;
  private final Api api;
  private final List<Chunk> chunks;
  private final List<Endpoint> endpoints;
  private final Map<String, List<Endpoint>> endpointsByChunk = new LinkedHashMap<>();
  private final Map<Operation, List<Chunk>> chunksByOperation = new IdentityHashMap<>();

  /**
   * @param id which guide
   * @param file the file it was read from, as the library names it
   * @param api the guide's model
   * @param chunks the guide's chunks, in reading order
   */
  public LibraryGuide(GuideId id, String file, Api api, List<Chunk> chunks) {
    this.id = Objects.requireNonNull(id, "id");
    this.file = Objects.requireNonNull(file, "file");
    this.api = Objects.requireNonNull(api, "api");
    this.chunks = List.copyOf(chunks);
    this.endpoints = api.operations().stream().map(o -> new Endpoint(id.key() + "::" + o.id(), this, o)).toList();
    for (Endpoint endpoint : endpoints) {
      Operation operation = endpoint.operation();
      List<Chunk> spanned = this.chunks.stream()
          .filter(c -> covers(c, operation.source()) || operation.extent().stream().anyMatch(p -> covers(c, p)))
          .toList();
      chunksByOperation.put(operation, spanned);
      spanned.forEach(c -> endpointsByChunk.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(endpoint));
    }
    endpointsByChunk.replaceAll((chunk, held) -> List.copyOf(held));
  }

  public GuideId id() {
    return id;
  }

  public String file() {
    return file;
  }

  public Api api() {
    return api;
  }

  public List<Chunk> chunks() {
    return chunks;
  }

  /** The guide's operations, each with its library id. */
  public List<Endpoint> endpoints() {
    return endpoints;
  }

  /** The operations read (wholly or partly) from a chunk. */
  public List<Endpoint> endpointsIn(Chunk chunk) {
    return endpointsByChunk.getOrDefault(chunk.id(), List.of());
  }

  /** The schemas first seen in a chunk. */
  public List<Schema> schemasIn(Chunk chunk) {
    return api.schemas().stream().filter(s -> covers(chunk, s.source())).toList();
  }

  /** The chunks an operation of this guide was read from, in reading order. */
  public List<Chunk> chunksOf(Operation operation) {
    return chunksByOperation.getOrDefault(operation, List.of());
  }

  private static boolean covers(Chunk chunk, Provenance where) {
    return chunk.covers(where.chunkId(), where.line());
  }

  @Override
  public String toString() {
    return "LibraryGuide[" + id + ", " + file + "]";
  }
}
