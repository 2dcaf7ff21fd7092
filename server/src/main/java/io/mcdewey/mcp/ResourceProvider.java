package io.mcdewey.mcp;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Resources the server offers: listed ones, templates for the rest, their contents, and completion of templates. */
public interface ResourceProvider {
  /** The resources listed by {@code resources/list}. */
  List<McpResource> resources();

  List<McpResourceTemplate> templates();

  /**
   * The contents of a resource this provider knows, listed or matching one of its templates: a {@code contents} entry
   * with {@code uri}, {@code mimeType} and {@code text} or {@code blob}; empty for a URI it does not know.
   */
  Optional<Map<String, Object>> read(String uri);

  /**
   * Values for a variable of one of this provider's templates that start with {@code prefix}, best first.
   *
   * @param context the values of the template's other variables already chosen
   */
  List<String> complete(String uriTemplate, String variable, String prefix, Map<String, String> context);
}
