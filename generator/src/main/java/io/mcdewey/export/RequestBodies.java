package io.mcdewey.export;

import io.mcdewey.model.Example;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.ParameterLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request bodies of OpenAPI operations. A body conforms to its model schema when the guide names one, else to
 * the object its body parameters describe; fields the action fixes are constants. The actions of a merged endpoint
 * each get a component schema, combined with {@code oneOf} and a discriminator on the field telling them apart.
 */
final class RequestBodies {
  private static final Pattern ROOT_ELEMENT = Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?([A-Za-z_][\\w.-]*)");

  private final ComponentSchemas components;

  RequestBodies(ComponentSchemas components) {
    this.components = components;
  }

  /** Whether the action sends a body, as far as the guide shows. */
  static boolean sends(Operation action) {
    return action.requestBody() != null || !action.impliedValues().isEmpty() || !examples(action).isEmpty()
        || action.parameters().stream().anyMatch(p -> p.location() == ParameterLocation.BODY);
  }

  /** Whether the body schema holds the action's body parameters, so that the description need not list them. */
  boolean holdsBodyParameters(Operation action) {
    return modelSchema(action).isEmpty();
  }

  /** The {@code requestBody} object of the endpoint, or {@code null} when no action sends a body. */
  Map<String, Object> of(Endpoint endpoint) {
    Map<String, List<Operation>> byMediaType = new LinkedHashMap<>();
    for (Operation action : endpoint.actions()) {
      if (sends(action)) {
        byMediaType.computeIfAbsent(mediaType(action), m -> new ArrayList<>()).add(action);
      }
    }
    if (byMediaType.isEmpty()) {
      return null;
    }
    Map<String, Object> content = new LinkedHashMap<>();
    byMediaType.forEach((mediaType, actions) -> content.put(mediaType, content(endpoint, mediaType, actions)));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("required", endpoint.actions().stream().allMatch(RequestBodies::sends));
    body.put("content", content);
    return body;
  }

  private Map<String, Object> content(Endpoint endpoint, String mediaType, List<Operation> actions) {
    Map<String, Object> content = new LinkedHashMap<>();
    Map<String, Object> schema = actions.size() == 1 ? schema(actions.get(0), mediaType) : choice(endpoint, actions,
        mediaType);
    if (schema != null) {
      content.put("schema", schema);
    }
    Map<String, Object> examples = new LinkedHashMap<>();
    for (Operation action : actions) {
      Examples.add(action, examples(action), examples);
    }
    if (!examples.isEmpty()) {
      content.put("examples", examples);
    }
    return content;
  }

  /** One of the actions' bodies, each a component schema; a discriminator when a field tells them apart. */
  private Map<String, Object> choice(Endpoint endpoint, List<Operation> actions, String mediaType) {
    List<Object> alternatives = new ArrayList<>();
    Map<String, Object> mapping = new LinkedHashMap<>();
    Optional<String> field = endpoint.actionField();
    for (Operation action : actions) {
      Map<String, Object> schema = schema(action, mediaType);
      Map<String, Object> ref = schema != null && schema.size() == 1 && schema.containsKey("$ref") ? schema
          : components.add(action.id() + "-request", described(schema, action));
      alternatives.add(ref);
      field.ifPresent(name -> Endpoint.actionValues(action, name).forEach(value -> mapping.put(value, ref.get("$ref"))));
    }
    Map<String, Object> choice = new LinkedHashMap<>();
    if (field.isPresent()) {
      // The field's values are constants of distinct alternatives, so exactly one alternative matches.
      choice.put("oneOf", alternatives);
      Map<String, Object> discriminator = new LinkedHashMap<>();
      discriminator.put("propertyName", field.get());
      discriminator.put("mapping", mapping);
      choice.put("discriminator", discriminator);
    } else {
      choice.put("anyOf", alternatives);
    }
    return choice;
  }

  private static Map<String, Object> described(Map<String, Object> schema, Operation action) {
    Map<String, Object> described = new LinkedHashMap<>();
    if (!action.title().isEmpty()) {
      described.put("description", action.title());
    }
    if (schema != null) {
      described.putAll(schema);
    }
    return described;
  }

  /** The schema of the action's body, or {@code null} when the guide shows nothing of its fields. */
  private Map<String, Object> schema(Operation action, String mediaType) {
    List<Parameter> parameters = action.parameters().stream()
        .filter(p -> p.location() == ParameterLocation.BODY)
        .toList();
    Optional<Map<String, Object>> model = modelSchema(action);
    if (model.isPresent()) {
      // The action's own view of the shared schema: its fields' values, fixed or allowed, and what it requires.
      List<Parameter> topLevel = parameters.stream().filter(p -> p.parent() == null).toList();
      if (action.impliedValues().isEmpty() && topLevel.isEmpty()) {
        return model.get();
      }
      Map<String, Object> own = ParameterSchemas.body(topLevel, action.impliedValues(), null);
      Object required = own.remove("required");
      Map<String, Object> schema = new LinkedHashMap<>();
      schema.put("allOf", List.of(model.get(), own));
      if (required != null) {
        // Beside allOf rather than in it: a discriminator's field must be required by each alternative itself.
        schema.put("required", required);
      }
      return schema;
    }
    if (parameters.isEmpty() && action.impliedValues().isEmpty()) {
      return null;
    }
    return ParameterSchemas.body(parameters, action.impliedValues(),
        MediaTypes.isXml(mediaType) ? rootElement(action) : null);
  }

  private Optional<Map<String, Object>> modelSchema(Operation action) {
    return action.requestBody() == null ? Optional.empty() : components.ref(action.requestBody().schema());
  }

  /** The media type the action's body is sent as: as declared, else as its first example shows. */
  static String mediaType(Operation action) {
    String declared = action.requestBody() == null ? "" : MediaTypes.normalise(action.requestBody().mediaType());
    if (!declared.isEmpty()) {
      return declared;
    }
    List<Example> examples = examples(action);
    return examples.isEmpty() ? MediaTypes.UNKNOWN : MediaTypes.of(examples.get(0));
  }

  /** The local name of the element the action's first request example opens with, or {@code null}. */
  private static String rootElement(Operation action) {
    for (Example example : examples(action)) {
      Matcher root = ROOT_ELEMENT.matcher(example.content());
      if (root.find()) {
        return root.group(1);
      }
    }
    return null;
  }

  /** The request payloads shown for the action: the body's own, then the operation's request examples. */
  private static List<Example> examples(Operation action) {
    List<Example> examples = new ArrayList<>();
    if (action.requestBody() != null) {
      examples.addAll(action.requestBody().examples());
    }
    action.examples().stream().filter(e -> e.kind() == Example.Kind.REQUEST).forEach(examples::add);
    return examples;
  }
}
