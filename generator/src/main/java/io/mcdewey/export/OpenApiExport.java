package io.mcdewey.export;

import io.mcdewey.json.Json;
import io.mcdewey.model.Api;
import io.mcdewey.model.Diagnostic;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.Schema;
import io.mcdewey.model.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The model as an OpenAPI 3.1.0 description, in JSON or YAML.
 *
 * <p>Each path item holds one operation per method; actions the guide documents with the same method and path are
 * merged into one (see {@link RequestBodies}). Operations whose method or path the guide does not show cannot be
 * placed and are listed under the top-level {@code x-mcdewey-unplaced} extension instead. Operations and schemas
 * carry their provenance in {@code x-mcdewey-source}.
 */
public final class OpenApiExport {

  /** The extension member holding where an element was read. */
  static final String SOURCE = "x-mcdewey-source";

  private static final String OPENAPI_VERSION = "3.1.0";
  private static final Set<String> PATH_ITEM_METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private OpenApiExport() {}

  /** The description as indented JSON ending with a newline. */
  public static String toJson(Api api) {
    return Json.write(document(api)) + "\n";
  }

  /** The description as block-style YAML. */
  public static String toYaml(Api api) {
    return Yaml.write(document(api));
  }

  static Map<String, Object> document(Api api) {
    Map<String, Map<String, List<Operation>>> placed = new LinkedHashMap<>();
    List<Map<String, Object>> unplaced = new ArrayList<>();
    PathTemplates templates = new PathTemplates();
    for (Operation original : api.operations()) {
      String reason = unplacedReason(original);
      if (reason == null) {
        Operation operation = templates.placed(original.toBuilder().path(path(original)).build());
        placed.computeIfAbsent(operation.path(), p -> new LinkedHashMap<>())
            .computeIfAbsent(operation.method().toLowerCase(Locale.ROOT), m -> new ArrayList<>())
            .add(operation);
      } else {
        unplaced.add(unplaced(original, reason));
      }
    }
    ComponentSchemas components = new ComponentSchemas(api);
    OperationObjects operations = new OperationObjects(components);
    Set<String> operationIds = new HashSet<>(api.operations().stream().map(Operation::id).toList());
    Map<String, Object> paths = new LinkedHashMap<>();
    placed.forEach((path, byMethod) -> {
      Map<String, Object> pathItem = new LinkedHashMap<>();
      byMethod.forEach((method, actions) -> {
        Endpoint endpoint = new Endpoint(method, path, actions);
        pathItem.put(method, operations.of(endpoint, operationId(endpoint, operationIds)));
      });
      paths.put(path, pathItem);
    });

    Map<String, Object> document = new LinkedHashMap<>();
    document.put("openapi", OPENAPI_VERSION);
    document.put("info", info(api, unplaced.size()));
    if (!api.baseUri().isEmpty()) {
      document.put("servers", List.of(server(api)));
    }
    List<Map<String, Object>> tags = placed.values().stream()
        .flatMap(byMethod -> byMethod.values().stream())
        .flatMap(List::stream)
        .map(Operation::group)
        .filter(group -> !group.isEmpty())
        .distinct()
        .map(group -> Map.<String, Object>of("name", group))
        .toList();
    if (!tags.isEmpty()) {
      document.put("tags", tags);
    }
    document.put("paths", paths);
    Map<String, Object> securitySchemes = SecuritySchemes.of(api);
    if (!securitySchemes.isEmpty()) {
      document.put("security", securitySchemes.keySet().stream().map(name -> Map.of(name, List.of())).toList());
    }
    Map<String, Object> componentObjects = new LinkedHashMap<>();
    if (!components.all().isEmpty()) {
      componentObjects.put("schemas", components.all());
    }
    if (!securitySchemes.isEmpty()) {
      componentObjects.put("securitySchemes", securitySchemes);
    }
    if (!componentObjects.isEmpty()) {
      document.put("components", componentObjects);
    }
    if (!unplaced.isEmpty()) {
      document.put("x-mcdewey-unplaced", unplaced);
    }
    return document;
  }

  /** Why the operation has no place among the paths, or {@code null} when it has one. */
  private static String unplacedReason(Operation operation) {
    if (operation.method() == null && operation.path() == null) {
      return "the guide shows neither its HTTP method nor its path";
    }
    if (operation.method() == null) {
      return "the guide does not show its HTTP method";
    }
    if (operation.path() == null) {
      return "the guide does not show its path";
    }
    if (!PATH_ITEM_METHODS.contains(operation.method().toLowerCase(Locale.ROOT))) {
      return "OpenAPI has no place for the HTTP method " + operation.method();
    }
    return null;
  }

  private static Map<String, Object> unplaced(Operation operation, String reason) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", operation.id());
    json.put("title", operation.title());
    json.put("method", operation.method());
    json.put("path", operation.path());
    json.put("reason", reason);
    json.put("source", ModelJson.provenance(operation.source()));
    return json;
  }

  /** OpenAPI paths start with a slash; the model's normally do already. */
  private static String path(Operation operation) {
    return operation.path().startsWith("/") ? operation.path() : "/" + operation.path();
  }

  /**
   * The model id of a single action; for merged actions, the words their ids share (or the method and path) and
   * {@code actions}. Never the id of another operation.
   */
  private static String operationId(Endpoint endpoint, Set<String> taken) {
    if (!endpoint.merged()) {
      return endpoint.first().id();
    }
    List<String> ids = endpoint.actions().stream().map(Operation::id).toList();
    String shared = sharedWords(ids);
    String base = (shared.isEmpty() ? slug(endpoint.method() + " " + endpoint.path()) : shared) + "-actions";
    String id = base;
    for (int n = 2; taken.contains(id); n++) {
      id = base + "-" + n;
    }
    taken.add(id);
    return id;
  }

  private static String sharedWords(List<String> ids) {
    String[] shared = ids.get(0).split("-");
    int count = shared.length;
    for (String id : ids) {
      String[] words = id.split("-");
      int same = 0;
      while (same < Math.min(count, words.length) && words[same].equals(shared[same])) {
        same++;
      }
      count = same;
    }
    return String.join("-", List.of(shared).subList(0, count));
  }

  private static String slug(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  private static Map<String, Object> info(Api api, int unplacedCount) {
    Map<String, Object> info = new LinkedHashMap<>();
    String name = Stream.of(api.title(), api.product()).filter(s -> !s.isEmpty()).findFirst().orElse("API");
    info.put("title", name);
    info.put("version", api.version().isEmpty() ? "unspecified" : api.version());
    StringBuilder description = new StringBuilder(name).append(", as McDewey read it");
    guideFile(api).ifPresent(file -> description.append(" from the guide `").append(file).append('`'));
    if (!api.profile().isEmpty()) {
      description.append(" with the profile `").append(api.profile()).append('`');
    }
    description.append('.');
    long errors = api.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
    long warnings = api.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count();
    if (errors + warnings > 0) {
      description.append(" Reading it gave ").append(errors).append(errors == 1 ? " error" : " errors")
          .append(" and ").append(warnings).append(warnings == 1 ? " warning." : " warnings.");
    }
    if (unplacedCount > 0) {
      description.append(' ').append(unplacedCount).append(unplacedCount == 1 ? " operation" : " operations")
          .append(" could not be placed for lack of a method or path; `x-mcdewey-unplaced` lists them.");
    }
    info.put("description", description.toString());
    return info;
  }

  private static Optional<String> guideFile(Api api) {
    return Stream.of(
            api.operations().stream().map(Operation::source),
            api.schemas().stream().map(Schema::source),
            api.diagnostics().stream().map(Diagnostic::location))
        .flatMap(s -> s)
        .map(Provenance::file)
        .filter(file -> !file.isEmpty())
        .findFirst();
  }

  private static Map<String, Object> server(Api api) {
    Map<String, Object> server = new LinkedHashMap<>();
    server.put("url", api.baseUri());
    Map<String, Object> variables = new LinkedHashMap<>();
    for (String variable : api.serverVariables()) {
      Map<String, Object> value = new LinkedHashMap<>();
      value.put("default", variable);
      value.put("description", "The " + variable + " of your deployment; the guide names it without a value.");
      variables.put(variable, value);
    }
    if (!variables.isEmpty()) {
      server.put("variables", variables);
    }
    return server;
  }
}
