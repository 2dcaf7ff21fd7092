package io.mcdewey.parse.markdown.dialect;

import io.mcdewey.json.Json;
import io.mcdewey.json.JsonException;
import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import io.mcdewey.parse.markdown.status.MarkdownStatuses;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the components of MDX reference pages, as documentation sites generated from OpenAPI print them:
 * <ul>
 *   <li>{@code <MethodEndpoint method="get" path="/pets/{id}">} is a request line;
 *   <li>a parameter component is a one-row parameter table: {@code <ParamField query="limit" type="integer"
 *       required>} (where the attribute naming the location holds the name) or {@code <ParamsItem param={{"name":
 *       "id", "in": "path", "required": true, ...}}>};
 *   <li>a property of a request or answer body ({@code <SchemaItem name={"size"} required={true}
 *       schemaName={"integer"} schema={{...}}>}) is a one-row table of a body parameter;
 *   <li>a tab labelled with a status ({@code <TabItem label="404">}) captions the answer under it;
 *   <li>{@code <Heading as="h2" children="List pets">} is a heading.
 * </ul>
 * Other components, and closing tags, are nothing: what they wrap is read as markdown.
 */
public final class JsxComponents {
  private static final List<String> LOCATIONS = List.of("path", "query", "header", "body", "cookie");
  private static final List<String> TABLE_HEADER = List.of("Name", "In", "Type", "Required", "Description");
  private static final int CAPTION_LEVEL = 6;

  private JsxComponents() {}

  public static Optional<MarkdownElement> read(JsxTag tag, int line) {
    if (tag.closing()) {
      return Optional.empty();
    }
    Map<String, String> attributes = tag.attributes();
    String method = attributes.getOrDefault("method", "");
    if (attributes.containsKey("path") && MarkdownRequestLines.isMethod(method)) {
      return Optional.of(new MarkdownElement.TextLine(method.toUpperCase(Locale.ROOT) + " " + attributes.get("path"),
          line, false));
    }
    String param = attributes.getOrDefault("param", "");
    if (param.startsWith("{")) {
      return documentedParameter(param, line);
    }
    if (tag.name().equals("SchemaItem") && attributes.containsKey("name")) {
      return Optional.of(row(attributes.get("name"), "body", attributes.getOrDefault("schemaName", ""),
          requiredCell(attributes.get("required")), description(attributes.getOrDefault("schema", "")), line));
    }
    for (String location : LOCATIONS) {
      if (attributes.containsKey(location) && !attributes.get(location).equals("true")) {
        return Optional.of(row(attributes.get(location), location, attributes.getOrDefault("type", ""),
            requiredCell(attributes.get("required")), "", line));
      }
    }
    String label = attributes.getOrDefault("label", "");
    if (MarkdownStatuses.isCode(label)) {
      return Optional.of(new MarkdownElement.Heading(CAPTION_LEVEL, label, line, false));
    }
    String as = attributes.getOrDefault("as", "");
    if (as.matches("h[1-6]") && attributes.containsKey("children")) {
      return Optional.of(new MarkdownElement.Heading(as.charAt(1) - '0', attributes.get("children"), line, false));
    }
    return Optional.empty();
  }

  /** A parameter described by an OpenAPI parameter object in JSON. */
  private static Optional<MarkdownElement> documentedParameter(String json, int line) {
    try {
      if (Json.parse(json) instanceof Map<?, ?> param && param.get("name") instanceof String name) {
        String type = param.get("schema") instanceof Map<?, ?> schema && schema.get("type") instanceof String t ? t : "";
        Object required = param.get("required");
        return Optional.of(row(name, String.valueOf(param.get("in")), type,
            required instanceof Boolean flag ? (flag ? "yes" : "no") : "",
            param.get("description") instanceof String d ? d : "", line));
      }
    } catch (JsonException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The description an OpenAPI schema object in JSON gives, empty when it gives none. */
  private static String description(String schema) {
    try {
      return Json.parse(schema) instanceof Map<?, ?> object && object.get("description") instanceof String text
          ? text : "";
    } catch (JsonException e) {
      return "";
    }
  }

  private static String requiredCell(String attribute) {
    if (attribute == null) {
      return "";
    }
    return attribute.equals("true") ? "yes" : attribute.equals("false") ? "no" : "";
  }

  private static MarkdownElement row(String name, String location, String type, String required, String description,
      int line) {
    return new MarkdownElement.Table(TABLE_HEADER, List.of(List.of(name, location, type, required, description)),
        line, false);
  }
}
