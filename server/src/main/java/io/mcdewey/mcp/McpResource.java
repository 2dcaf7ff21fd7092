package io.mcdewey.mcp;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A resource as {@code resources/list} shows it.
 *
 * @param uri its stable address
 * @param name a short machine-friendly name
 * @param title its name for people
 * @param description what it holds
 * @param mimeType the type of its contents
 */
public record McpResource(String uri, String name, String title, String description, String mimeType) {
  Map<String, Object> describe() {
    Map<String, Object> resource = new LinkedHashMap<>();
    resource.put("uri", uri);
    resource.put("name", name);
    resource.put("title", title);
    resource.put("description", description);
    resource.put("mimeType", mimeType);
    return resource;
  }
}
