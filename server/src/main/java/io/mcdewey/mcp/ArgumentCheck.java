package io.mcdewey.mcp;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Checks tool arguments against the part of JSON Schema the tools' input schemas use: an object's
 * {@code properties} with a {@code type} ({@code string}, {@code integer}, {@code number}, {@code boolean}),
 * {@code minimum} and {@code maximum}, {@code required}, and {@code additionalProperties: false}. A failure is
 * reported to the model as a tool error saying what to change, so that it can retry.
 */
final class ArgumentCheck {
  private ArgumentCheck() {}

  /** What is wrong with the arguments, or {@code null} when they fit the schema. */
  @SuppressWarnings("unchecked")
  static String problem(Map<String, Object> schema, Map<String, Object> arguments) {
    Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
    for (Object name : (List<Object>) schema.getOrDefault("required", List.of())) {
      if (arguments.get(name.toString()) == null) {
        return "missing argument '" + name + "'";
      }
    }
    for (Map.Entry<String, Object> argument : arguments.entrySet()) {
      Object property = properties.get(argument.getKey());
      if (property == null) {
        if (Boolean.FALSE.equals(schema.get("additionalProperties"))) {
          return "unknown argument '" + argument.getKey() + "'; the arguments are "
              + String.join(", ", properties.keySet());
        }
        continue;
      }
      String problem = valueProblem(argument.getKey(), (Map<String, Object>) property, argument.getValue());
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static String valueProblem(String name, Map<String, Object> property, Object value) {
    if (value == null) {
      return null;
    }
    String type = String.valueOf(property.get("type"));
    boolean fits = switch (type) {
      case "string" -> value instanceof String;
      case "integer" -> value instanceof Long || value instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0;
      case "number" -> value instanceof Number;
      case "boolean" -> value instanceof Boolean;
      default -> true;
    };
    if (!fits) {
      return "argument '" + name + "' must be " + (type.equals("integer") ? "an integer" : "a " + type) + "; got "
          + CompactJson.write(value);
    }
    if (value instanceof Number number) {
      if (property.get("minimum") instanceof Number min && number.doubleValue() < min.doubleValue()) {
        return "argument '" + name + "' must be at least " + min + "; got " + value;
      }
      if (property.get("maximum") instanceof Number max && number.doubleValue() > max.doubleValue()) {
        return "argument '" + name + "' must be at most " + max + "; got " + value;
      }
    }
    return null;
  }
}
