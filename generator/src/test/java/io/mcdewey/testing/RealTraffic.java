package io.mcdewey.testing;

import io.mcdewey.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Requests that published clients of a vendor's API send, as the shared folder {@code real-traffic} beside the
 * shared corpus holds them: one JSON object a line with {@code id}, {@code method}, {@code path}, {@code query}
 * and {@code body}. Missing like the corpus is, it is skipped or failed the same way.
 */
public final class RealTraffic {
  private RealTraffic() {}

  /**
   * One request as a client sent it.
   *
   * @param id a short name for it
   * @param method the HTTP method
   * @param path the path with example values
   * @param query the query string, or {@code null}
   * @param body the body, or {@code null}
   */
  public record Request(String id, String method, String path, String query, String body) {}

  /** The requests of {@code vendor} ({@code finesse}), in file order. */
  public static List<Request> requests(String vendor) {
    Path file = SharedCorpus.root().resolveSibling("real-traffic").resolve(vendor).resolve("requests.jsonl");
    try {
      return Files.readAllLines(file).stream()
          .filter(line -> !line.isBlank())
          .map(Json::parseObject)
          .map(RealTraffic::request)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Request request(Map<String, Object> json) {
    return new Request((String) json.get("id"), (String) json.get("method"), (String) json.get("path"),
        (String) json.get("query"), (String) json.get("body"));
  }
}
