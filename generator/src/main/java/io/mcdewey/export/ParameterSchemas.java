package io.mcdewey.export;

import io.mcdewey.model.ImpliedValue;
import io.mcdewey.model.Parameter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** JSON Schemas for parameters: a single value from the guide's type word, or the object body parameters form. */
final class ParameterSchemas {
  private static final Pattern BOOLEAN = Pattern.compile("\\bbool(ean)?\\b");
  private static final Pattern INTEGER = Pattern.compile("\\b(int|integer|long|short)\\b");
  private static final Pattern NUMBER = Pattern.compile("\\b(number|float|double|decimal)\\b");
  private static final Pattern COLLECTION = Pattern.compile("\\b(collection|list|array)\\b");

  private ParameterSchemas() {}

  /** The schema of one parameter value: enumerated strings when the guide lists values, else by type word. */
  static Map<String, Object> value(Parameter parameter) {
    Map<String, Object> schema = new LinkedHashMap<>();
    String type = parameter.type().toLowerCase(Locale.ROOT);
    List<String> values = parameter.allowedValues();
    boolean trueOrFalse = !values.isEmpty()
        && values.stream().allMatch(v -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false"));
    if (BOOLEAN.matcher(type).find() && (values.isEmpty() || trueOrFalse)) {
      schema.put("type", "boolean");
    } else if (!values.isEmpty()) {
      schema.put("type", "string");
      schema.put("enum", values);
    } else if (INTEGER.matcher(type).find()) {
      schema.put("type", "integer");
    } else if (NUMBER.matcher(type).find()) {
      schema.put("type", "number");
    } else {
      schema.put("type", "string");
    }
    return schema;
  }

  /**
   * The object that body parameters describe. A parameter names its enclosing one in {@link Parameter#parent()};
   * an enclosing parameter becomes an object of its children, or, when its type word says it is a collection, a
   * wrapped array of them. Fields the operation fixes become constants.
   *
   * @param xmlName the root element name, or {@code null} when not known or not XML
   */
  static Map<String, Object> body(List<Parameter> parameters, List<ImpliedValue> implied, String xmlName) {
    Tree tree = new Tree(parameters);
    Map<String, Object> schema = tree.object(tree.roots, implied);
    if (xmlName != null) {
      schema.put("xml", Map.of("name", xmlName));
    }
    return schema;
  }

  /**
   * Body parameters arranged by nesting. A parent must be listed before its children, as guides print them; a
   * parameter naming no earlier one is a root, which also keeps the tree free of cycles.
   */
  private static final class Tree {
    private final List<Parameter> roots = new ArrayList<>();
    // By identity: two parameters may be equal records yet stand in different places.
    private final Map<Parameter, List<Parameter>> children = new IdentityHashMap<>();

    Tree(List<Parameter> parameters) {
      Map<String, Parameter> seen = new LinkedHashMap<>();
      for (Parameter parameter : parameters) {
        Parameter parent = parameter.parent() == null ? null : seen.get(parameter.parent());
        if (parent == null) {
          roots.add(parameter);
        } else {
          children.computeIfAbsent(parent, p -> new ArrayList<>()).add(parameter);
        }
        seen.putIfAbsent(parameter.name(), parameter);
      }
    }

    /** The object of those members, with the fixed fields as required constants. */
    Map<String, Object> object(List<Parameter> members, List<ImpliedValue> fixed) {
      Map<String, Object> object = new LinkedHashMap<>();
      object.put("type", "object");
      ObjectProperties properties = new ObjectProperties();
      List<String> required = new ArrayList<>();
      for (Parameter member : members) {
        if (properties.add(member.name(), schema(member)) && Boolean.TRUE.equals(member.required())) {
          required.add(properties.name(member.name()));
        }
      }
      for (ImpliedValue value : fixed) {
        Map<String, Object> constant = new LinkedHashMap<>();
        constant.put("type", "string");
        constant.put("const", value.value());
        if (properties.get(value.name()) instanceof Map<?, ?> documented && documented.containsKey("description")) {
          constant.put("description", documented.get("description"));
        }
        properties.replace(value.name(), constant);
        if (!required.contains(properties.name(value.name()))) {
          required.add(properties.name(value.name()));
        }
      }
      if (!properties.isEmpty()) {
        object.put("properties", properties.asMap());
      }
      if (!required.isEmpty()) {
        object.put("required", required);
      }
      return object;
    }

    private Map<String, Object> schema(Parameter parameter) {
      List<Parameter> members = children.getOrDefault(parameter, List.of());
      Map<String, Object> schema;
      if (members.isEmpty()) {
        schema = value(parameter);
      } else if (COLLECTION.matcher(parameter.type().toLowerCase(Locale.ROOT)).find()) {
        schema = new LinkedHashMap<>();
        schema.put("type", "array");
        schema.put("xml", Map.of("wrapped", true));
        schema.put("items", members.size() == 1 ? element(members.get(0)) : object(members, List.of()));
      } else {
        schema = object(members, List.of());
      }
      if (!parameter.description().isEmpty()) {
        schema.put("description", parameter.description());
      }
      return schema;
    }

    /** The schema of a collection's one kind of element, named as the element. */
    private Map<String, Object> element(Parameter member) {
      Map<String, Object> schema = schema(member);
      schema.put("xml", Map.of("name", member.name()));
      return schema;
    }
  }
}
