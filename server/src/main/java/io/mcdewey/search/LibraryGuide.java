package io.mcdewey.search;

import io.mcdewey.model.Api;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.Schema;
import java.util.List;
import java.util.Objects;

/**
 * One guide of the library: its model, its chunks, and which operations and schemas were read from which chunk.
 *
 * @param id which guide
 * @param file the file it was read from, as the library names it
 * @param api the guide's model
 * @param chunks the guide's chunks, in reading order
 */
public record LibraryGuide(GuideId id, String file, Api api, List<Chunk> chunks) {

  public LibraryGuide {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(api, "api");
    chunks = List.copyOf(chunks);
  }

  /** The guide's operations, each with its library id. */
  public List<Endpoint> endpoints() {
    return api.operations().stream().map(o -> new Endpoint(id.key() + "::" + o.id(), this, o)).toList();
  }

  /** The operations read (wholly or partly) from a chunk. */
  public List<Endpoint> endpointsIn(Chunk chunk) {
    return endpoints().stream()
        .filter(e -> e.operation().extent().stream().anyMatch(p -> covers(chunk, p))
            || covers(chunk, e.operation().source()))
        .toList();
  }

  /** The schemas first seen in a chunk. */
  public List<Schema> schemasIn(Chunk chunk) {
    return api.schemas().stream().filter(s -> covers(chunk, s.source())).toList();
  }

  /** The chunks an operation was read from, in reading order. */
  public List<Chunk> chunksOf(Operation operation) {
    return chunks.stream()
        .filter(c -> covers(c, operation.source()) || operation.extent().stream().anyMatch(p -> covers(c, p)))
        .toList();
  }

  private static boolean covers(Chunk chunk, Provenance where) {
    return chunk.covers(where.chunkId(), where.line());
  }
}
