package io.mcdewey.export;

import io.mcdewey.model.ImpliedValue;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.ParameterLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The CommonMark descriptions of OpenAPI operations, holding what the guide says beyond the structure. */
final class Descriptions {
  private Descriptions() {}

  /**
   * The description of a single action.
   *
   * @param listBodyParameters whether to list the body parameters, which a model schema of the body leaves out
   */
  static String of(Operation action, boolean listBodyParameters) {
    List<String> paragraphs = details(action);
    if (listBodyParameters) {
      paragraphs.add(parameters("Body parameters", action.parameters().stream()
          .filter(p -> p.location() == ParameterLocation.BODY)
          .toList()));
    }
    return join(paragraphs);
  }

  /** The description of several actions sharing a method and path: each action in a section of its own. */
  static String of(Endpoint endpoint) {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(endpoint.actionField()
        .map(field -> "One of " + endpoint.actions().size() + " actions, chosen by the value of `" + field
            + "` in the request body.")
        .orElse("The guide documents " + endpoint.actions().size() + " actions with this method and path."));
    for (Operation action : endpoint.actions()) {
      paragraphs.add("### " + (action.title().isEmpty() ? action.id() : action.title()));
      List<String> facts = new ArrayList<>();
      for (ImpliedValue value : action.impliedValues()) {
        facts.add("`" + value.name() + "` = `" + value.value() + "`");
      }
      facts.add("operation `" + action.id() + "`");
      paragraphs.add(String.join("; ", facts));
      paragraphs.addAll(details(action));
      paragraphs.add(parameters("Parameters", action.parameters()));
    }
    return join(paragraphs);
  }

  private static List<String> details(Operation action) {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(action.description());
    if (!action.securityConstraints().isEmpty()) {
      paragraphs.add("**Security constraints:** " + action.securityConstraints());
    }
    paragraphs.add(list("Notes", action.notes()));
    paragraphs.add(list("Notifications triggered", action.notificationsTriggered()));
    paragraphs.add(list("Platform differences", action.platformDifferences()));
    if (action.deprecated()) {
      String note = action.deprecation().note();
      paragraphs.add("**Deprecated.**" + (note == null || note.isEmpty() ? "" : " " + note));
    }
    return paragraphs;
  }

  private static String parameters(String heading, List<Parameter> parameters) {
    List<String> lines = new ArrayList<>();
    for (Parameter parameter : parameters) {
      List<String> facts = new ArrayList<>();
      facts.add(parameter.location().wireName());
      if (parameter.required() != null) {
        facts.add(parameter.required() ? "required" : "optional");
      }
      if (!parameter.type().isEmpty()) {
        facts.add(parameter.type());
      }
      if (parameter.parent() != null) {
        facts.add("within `" + parameter.parent() + "`");
      }
      StringBuilder line = new StringBuilder("`" + parameter.name() + "` (" + String.join(", ", facts) + ")");
      if (!parameter.description().isEmpty()) {
        line.append(": ").append(parameter.description());
      }
      if (!parameter.allowedValues().isEmpty()) {
        line.append(" Values: ").append(parameter.allowedValues().stream().map(v -> "`" + v + "`")
            .collect(Collectors.joining(", "))).append('.');
      }
      lines.add(line.toString());
    }
    return list(heading, lines);
  }

  private static String list(String heading, List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    return "**" + heading + ":**\n" + items.stream().map(item -> "- " + item).collect(Collectors.joining("\n"));
  }

  private static String join(List<String> paragraphs) {
    return paragraphs.stream().map(String::strip).filter(p -> !p.isEmpty()).collect(Collectors.joining("\n\n"));
  }
}
