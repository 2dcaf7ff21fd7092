package io.mcdewey.parse.markdown.dialect;

import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a RAML source ({@code #%RAML 1.0}) into the element stream, each method of each resource an endpoint: a
 * heading (its {@code displayName}, else its request line), its request line (the resources' paths joined), then a
 * parameter table of its URI parameters (the resources' and its own), query parameters (its own and its traits'),
 * headers and body properties, and a table of its responses. A parameter is required or optional only where the
 * source says so ({@code required:}, a name ending in {@code ?}). YAML that does not parse reads as nothing.
 */
public final class RamlElements {
  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete", "head", "options");
  private static final List<String> PARAMETER_HEADER = List.of("Name", "In", "Type", "Required", "Description");
  private static final List<String> STATUS_HEADER = List.of("Status", "Description");
  private static final int ENDPOINT_LEVEL = 2;

  private final Map<String, MappingNode> traits = new LinkedHashMap<>();
  private final List<MarkdownElement> elements = new ArrayList<>();

  private RamlElements() {}

  /** Whether a text is a RAML source. */
  public static boolean isRaml(String text) {
    return text.stripLeading().startsWith("#%RAML");
  }

  public static List<MarkdownElement> read(String raml) {
    Node root;
    try {
      root = new Yaml(new LoaderOptions()).compose(new java.io.StringReader(raml));
    } catch (YAMLException e) {
      return List.of();
    }
    RamlElements reader = new RamlElements();
    if (root instanceof MappingNode document) {
      MappingNode declared = mapping(document, "traits");
      if (declared != null) {
        for (NodeTuple trait : declared.getValue()) {
          if (trait.getValueNode() instanceof MappingNode body) {
            reader.traits.put(scalar(trait.getKeyNode()), body);
          }
        }
      }
      reader.resources(document, "", List.of());
    }
    return List.copyOf(reader.elements);
  }

  private void resources(MappingNode parent, String path, List<List<String>> uriParameters) {
    for (NodeTuple entry : parent.getValue()) {
      String key = scalar(entry.getKeyNode());
      if (!key.startsWith("/") || !(entry.getValueNode() instanceof MappingNode resource)) {
        continue;
      }
      String resourcePath = path + key;
      List<List<String>> inherited = new ArrayList<>(uriParameters);
      inherited.addAll(parameters(mapping(resource, "uriParameters"), "path"));
      for (NodeTuple member : resource.getValue()) {
        String name = scalar(member.getKeyNode()).toLowerCase(Locale.ROOT);
        if (METHODS.contains(name)) {
          MappingNode method = member.getValueNode() instanceof MappingNode m ? m : null;
          endpoint(name.toUpperCase(Locale.ROOT), resourcePath, resource, method, inherited, line(member));
        }
      }
      resources(resource, resourcePath, inherited);
    }
  }

  private void endpoint(String method, String path, MappingNode resource, MappingNode body, List<List<String>> uri,
      int line) {
    String request = method + " " + path;
    String title = body == null ? "" : text(body, "displayName");
    elements.add(new MarkdownElement.Heading(ENDPOINT_LEVEL, title.isEmpty() ? request : title, line, false));
    elements.add(new MarkdownElement.TextLine(request, line, false));
    if (body == null) {
      return;
    }
    String description = text(body, "description");
    description.lines().filter(l -> !l.isBlank()).forEach(l -> elements.add(new MarkdownElement.TextLine(l.strip(),
        line, false)));
    List<List<String>> rows = new ArrayList<>(uri);
    for (MappingNode source : List.of(resource, body)) {
      for (String trait : sequence(source, "is")) {
        rows.addAll(parameters(mapping(traits.get(trait), "queryParameters"), "query"));
        rows.addAll(parameters(mapping(traits.get(trait), "headers"), "header"));
      }
    }
    rows.addAll(parameters(mapping(body, "queryParameters"), "query"));
    rows.addAll(parameters(mapping(body, "headers"), "header"));
    MappingNode payload = mapping(body, "body");
    if (payload != null) {
      MappingNode properties = mapping(payload, "properties");
      if (properties == null) {
        for (NodeTuple media : payload.getValue()) {
          if (media.getValueNode() instanceof MappingNode typed && mapping(typed, "properties") != null) {
            properties = mapping(typed, "properties");
            break;
          }
        }
      }
      rows.addAll(parameters(properties, "body"));
    }
    if (!rows.isEmpty()) {
      elements.add(new MarkdownElement.Table(PARAMETER_HEADER, rows, line, false));
    }
    MappingNode responses = mapping(body, "responses");
    if (responses != null) {
      List<List<String>> statuses = new ArrayList<>();
      for (NodeTuple response : responses.getValue()) {
        MappingNode described = response.getValueNode() instanceof MappingNode m ? m : null;
        statuses.add(List.of(scalar(response.getKeyNode()), described == null ? "" : text(described, "description")));
      }
      elements.add(new MarkdownElement.Table(STATUS_HEADER, statuses, line, false));
    }
  }

  /** The rows of a map of named parameters, each {@code name | in | type | required | description}. */
  private static List<List<String>> parameters(MappingNode named, String location) {
    List<List<String>> rows = new ArrayList<>();
    if (named == null) {
      return rows;
    }
    for (NodeTuple parameter : named.getValue()) {
      String name = scalar(parameter.getKeyNode());
      String required = "";
      if (name.endsWith("?")) {
        name = name.substring(0, name.length() - 1);
        required = "no";
      }
      String type = "";
      String description = "";
      if (parameter.getValueNode() instanceof MappingNode facets) {
        type = text(facets, "type");
        description = text(facets, "description").strip().replace('\n', ' ');
        String stated = text(facets, "required");
        required = stated.equals("true") ? "yes" : stated.equals("false") ? "no" : required;
      } else {
        type = scalar(parameter.getValueNode());
      }
      rows.add(List.of(name, location, type, required, description));
    }
    return rows;
  }

  private static MappingNode mapping(MappingNode parent, String key) {
    if (parent == null) {
      return null;
    }
    for (NodeTuple entry : parent.getValue()) {
      if (scalar(entry.getKeyNode()).equals(key) && entry.getValueNode() instanceof MappingNode value) {
        return value;
      }
    }
    return null;
  }

  private static String text(MappingNode parent, String key) {
    if (parent == null) {
      return "";
    }
    for (NodeTuple entry : parent.getValue()) {
      if (scalar(entry.getKeyNode()).equals(key)) {
        return scalar(entry.getValueNode());
      }
    }
    return "";
  }

  private static List<String> sequence(MappingNode parent, String key) {
    List<String> values = new ArrayList<>();
    if (parent == null) {
      return values;
    }
    for (NodeTuple entry : parent.getValue()) {
      if (scalar(entry.getKeyNode()).equals(key) && entry.getValueNode() instanceof SequenceNode items) {
        items.getValue().forEach(item -> values.add(scalar(item)));
      }
    }
    return values;
  }

  private static String scalar(Node node) {
    return node instanceof ScalarNode scalar ? scalar.getValue() : "";
  }

  private static int line(NodeTuple entry) {
    return entry.getKeyNode().getStartMark().getLine() + 1;
  }
}
