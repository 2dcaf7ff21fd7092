package io.mcdewey.testing;

import io.mcdewey.mcp.McpResource;
import io.mcdewey.mcp.McpResourceTemplate;
import io.mcdewey.mcp.ResourceProvider;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A resource whose reading fails inside the server, to see what a caller is told of such a failure. */
public final class FailingResources implements ResourceProvider {
  public static final String URI = "test://fails";
  /** Words of the failure that must stay in the server's log. */
  public static final String INTERNALS = "internal detail 8d1f";

  @Override
  public List<McpResource> resources() {
    return List.of(new McpResource(URI, "fails", "Fails", "Reading it fails.", "text/plain"));
  }

  @Override
  public List<McpResourceTemplate> templates() {
    return List.of();
  }

  @Override
  public Optional<Map<String, Object>> read(String uri) {
    if (uri.equals(URI)) {
      throw new IllegalStateException(INTERNALS);
    }
    return Optional.empty();
  }

  @Override
  public List<String> complete(String uriTemplate, String variable, String prefix, Map<String, String> context) {
    return List.of();
  }
}
