package io.mcdewey.export;

import io.mcdewey.model.Api;
import io.mcdewey.model.PayloadFormat;
import io.mcdewey.model.PropertyType;
import io.mcdewey.model.Schema;
import io.mcdewey.model.SchemaProperty;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code components.schemas} of an OpenAPI document: the model's schemas, then the schemas the export adds
 * (one per action of a merged operation). Component names follow OpenAPI's {@code [A-Za-z0-9._-]} rule and are
 * unique; model names are kept where they already do.
 */
final class ComponentSchemas {
  private static final String REF_PREFIX = "#/components/schemas/";

  private final Api api;
  /** The component name of each model schema. */
  private final Map<String, String> componentNames = new HashMap<>();
  private final Map<String, Object> schemas = new LinkedHashMap<>();

  ComponentSchemas(Api api) {
    this.api = api;
    Set<String> taken = new HashSet<>();
    for (Schema schema : api.schemas()) {
      String name = free(schema.name(), taken);
      taken.add(name);
      componentNames.put(schema.name(), name);
    }
    for (Schema schema : api.schemas()) {
      schemas.put(componentNames.get(schema.name()), component(schema));
    }
  }

  /** A {@code $ref} to the model schema of that name, empty when the model has none. */
  Optional<Map<String, Object>> ref(String modelName) {
    return Optional.ofNullable(modelName).map(componentNames::get).map(ComponentSchemas::refTo);
  }

  /** A {@code $ref} to the schema of the element {@code element}, its name compared without case. */
  Optional<Map<String, Object>> refToElement(String element) {
    return api.schemas().stream().filter(s -> s.name().equalsIgnoreCase(element)).findFirst()
        .flatMap(schema -> ref(schema.name()));
  }

  /** Adds a schema under a free name derived from {@code preferredName} and returns a {@code $ref} to it. */
  Map<String, Object> add(String preferredName, Map<String, Object> schema) {
    String name = free(preferredName, schemas.keySet());
    schemas.put(name, schema);
    return refTo(name);
  }

  Map<String, Object> all() {
    return schemas;
  }

  private static String free(String preferredName, Set<String> taken) {
    String sanitised = preferredName.replaceAll("[^A-Za-z0-9._-]+", "_");
    String base = sanitised.isEmpty() ? "schema" : sanitised;
    String name = base;
    for (int n = 2; taken.contains(name); n++) {
      name = base + "-" + n;
    }
    return name;
  }

  private static Map<String, Object> refTo(String componentName) {
    Map<String, Object> ref = new LinkedHashMap<>();
    ref.put("$ref", REF_PREFIX + componentName);
    return ref;
  }

  private Map<String, Object> component(Schema schema) {
    Map<String, Object> component = new LinkedHashMap<>();
    component.put("type", "object");
    if (!schema.description().isEmpty()) {
      component.put("description", schema.description());
    }
    ObjectProperties properties = new ObjectProperties();
    for (SchemaProperty property : schema.properties()) {
      properties.add(property.name(), property(property));
    }
    if (!properties.isEmpty()) {
      component.put("properties", properties.asMap());
    }
    if (schema.format() == PayloadFormat.XML) {
      component.put("xml", Map.of("name", schema.xmlName()));
    }
    component.put(OpenApiExport.SOURCE, ModelJson.provenance(schema.source()));
    return component;
  }

  private Map<String, Object> property(SchemaProperty property) {
    Map<String, Object> value = value(property);
    Map<String, Object> schema = value;
    if (property.repeated()) {
      schema = new LinkedHashMap<>();
      schema.put("type", "array");
      schema.put("items", value);
    }
    if (!property.description().isEmpty()) {
      schema.put("description", property.description());
    }
    return schema;
  }

  /** The schema of one occurrence of the property's element. */
  private Map<String, Object> value(SchemaProperty property) {
    Map<String, Object> value = new LinkedHashMap<>();
    if (property.type() == PropertyType.OBJECT) {
      Optional<Schema> target = Optional.ofNullable(property.ref()).flatMap(api::schema);
      if (target.isEmpty()) {
        value.put("type", "object");
        return value;
      }
      value.putAll(refTo(componentNames.get(target.get().name())));
      if (target.get().format() == PayloadFormat.XML && !target.get().xmlName().equals(property.name())) {
        // The element is named by the property here, not by the type it holds.
        value.put("xml", Map.of("name", property.name()));
      }
      return value;
    }
    value.put("type", switch (property.type()) {
      case BOOLEAN -> "boolean";
      case INTEGER, LONG -> "integer";
      default -> "string";
    });
    switch (property.type()) {
      case INTEGER -> value.put("format", "int32");
      case LONG -> value.put("format", "int64");
      case DATE_TIME -> value.put("format", "date-time");
      default -> { }
    }
    if (property.type() == PropertyType.ENUM && !property.allowedValues().isEmpty()) {
      value.put("enum", property.allowedValues());
    }
    if (property.attribute()) {
      value.put("xml", Map.of("attribute", true));
    }
    return value;
  }
}
