package io.mcdewey.mcp;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A family of resources addressed by an RFC 6570 URI template, as {@code resources/templates/list} shows it; its
 * variables can be completed with {@code completion/complete}.
 */
public record McpResourceTemplate(String uriTemplate, String name, String title, String description,
    String mimeType) {
  Map<String, Object> describe() {
    Map<String, Object> template = new LinkedHashMap<>();
    template.put("uriTemplate", uriTemplate);
    template.put("name", name);
    template.put("title", title);
    template.put("description", description);
    template.put("mimeType", mimeType);
    return template;
  }
}
