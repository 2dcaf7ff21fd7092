package io.mcdewey.export;

import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.ParameterLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One path template per path: OpenAPI forbids two templates that differ only by their variables' names, which guides
 * print ({@code /Call/{id}} on one page, {@code /Call/{callId}} on another). The first template seen for a path
 * names its variables; an operation printing other names is placed there with its path parameters renamed.
 */
final class PathTemplates {
  private static final Pattern VARIABLE = Pattern.compile("\\{([^{}]+)}");

  /** The first template of each path, by the path with its variables' names left out. */
  private final Map<String, String> templates = new HashMap<>();

  /** The operation on the template of its path, its path parameters named as that template names them. */
  Operation placed(Operation operation) {
    String path = operation.path();
    String template = templates.computeIfAbsent(VARIABLE.matcher(path).replaceAll("{}"), shape -> path);
    if (template.equals(path)) {
      return operation;
    }
    List<String> from = variables(path);
    List<String> to = variables(template);
    List<Parameter> parameters = new ArrayList<>();
    for (Parameter parameter : operation.parameters()) {
      int at = parameter.location() == ParameterLocation.PATH ? from.indexOf(parameter.name()) : -1;
      parameters.add(at < 0 ? parameter : new Parameter(to.get(at), parameter.location(), parameter.required(),
          parameter.description(), parameter.type(), parameter.allowedValues(), parameter.parent()));
    }
    return operation.toBuilder().path(template).parameters(parameters).build();
  }

  private static List<String> variables(String path) {
    List<String> names = new ArrayList<>();
    Matcher matcher = VARIABLE.matcher(path);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}
