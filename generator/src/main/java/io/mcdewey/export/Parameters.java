package io.mcdewey.export;

import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.ParameterLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The path, query and header parameters of an OpenAPI operation. Path parameters follow the path template: one per
 * variable, required, described by the guide where it describes them. Other parameters are required when every
 * action requires them.
 */
final class Parameters {
  private static final Pattern VARIABLE = Pattern.compile("\\{([^{}]+)}");

  private Parameters() {}

  static List<Map<String, Object>> of(Endpoint endpoint) {
    Map<String, Parameter> documented = new LinkedHashMap<>();
    for (Operation action : endpoint.actions()) {
      for (Parameter parameter : action.parameters()) {
        if (parameter.location() != ParameterLocation.BODY) {
          documented.putIfAbsent(key(parameter.location(), parameter.name()), parameter);
        }
      }
    }
    List<Map<String, Object>> parameters = new ArrayList<>();
    Matcher variable = VARIABLE.matcher(endpoint.path());
    List<String> seen = new ArrayList<>();
    while (variable.find()) {
      String name = variable.group(1);
      if (!seen.contains(name)) {
        seen.add(name);
        Parameter parameter = documented.get(key(ParameterLocation.PATH, name));
        parameters.add(parameter(parameter == null ? Parameter.of(name, ParameterLocation.PATH, true) : parameter,
            true));
      }
    }
    for (Parameter parameter : documented.values()) {
      if (parameter.location() != ParameterLocation.PATH) {
        parameters.add(parameter(parameter, requiredByAll(endpoint, parameter)));
      }
    }
    return parameters;
  }

  private static boolean requiredByAll(Endpoint endpoint, Parameter parameter) {
    return endpoint.actions().stream().allMatch(action -> action.parameters().stream()
        .anyMatch(p -> p.location() == parameter.location() && p.name().equals(parameter.name())
            && Boolean.TRUE.equals(p.required())));
  }

  private static Map<String, Object> parameter(Parameter parameter, boolean required) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", parameter.name());
    json.put("in", parameter.location().wireName());
    if (!parameter.description().isEmpty()) {
      json.put("description", parameter.description());
    }
    if (required) {
      json.put("required", true);
    }
    json.put("schema", ParameterSchemas.value(parameter));
    return json;
  }

  private static String key(ParameterLocation location, String name) {
    return location.wireName() + " " + name;
  }
}
