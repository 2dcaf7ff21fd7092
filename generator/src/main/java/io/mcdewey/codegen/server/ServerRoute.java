package io.mcdewey.codegen.server;

import io.mcdewey.codegen.DtoSymbol;
import io.mcdewey.codegen.GroupSymbol;
import io.mcdewey.codegen.NameScope;
import io.mcdewey.codegen.Names;
import io.mcdewey.codegen.OperationSymbol;
import io.mcdewey.codegen.ParameterSymbol;
import io.mcdewey.codegen.PropertySymbol;
import io.mcdewey.model.ParameterLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One method and path template of a resource group, and the actions answering it. Several actions share a route when
 * they differ only by a value they imply in the body ({@code requestedAction}); the route tells them apart by it.
 *
 * @param method the HTTP method
 * @param path the path template of the first action
 * @param name the route method's name ({@code handlePutCall})
 * @param inputs the route method's parameters: path variables in template order, query and header parameters, and
 *     the body when the route reads one
 * @param request the type the body is read into, or {@code null} when the route reads none
 * @param actions the actions told apart by the values they imply, then the default action if there is one
 * @param unreachable actions no request can reach: a second action without a distinguishing value, one whose body
 *     is of another type than the route's, or one of another group
 */
public record ServerRoute(String method, String path, String name, List<Input> inputs, DtoSymbol request,
    List<Action> actions, List<OperationSymbol> unreachable) {

  private static final Pattern VARIABLE = Pattern.compile("\\{([^{}]+)}");
  /** The name the template gives the body parameter. */
  static final String BODY = "body";

  public ServerRoute {
    inputs = List.copyOf(inputs);
    actions = List.copyOf(actions);
    unreachable = List.copyOf(unreachable);
  }

  /**
   * Hashes by the route method's name alone, which equal routes share: the record's own hash would walk the whole
   * model beneath, cold, on every lookup of a map keyed by routes.
   */
  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /**
   * A parameter of the route method.
   *
   * @param location where the value travels
   * @param wireName the template variable, query parameter or header name; {@code body} for the body
   * @param javaName the Java name
   */
  record Input(ParameterLocation location, String wireName, String javaName) {}

  /**
   * An action of the route.
   *
   * @param operation the action
   * @param conditions the implied values that choose it; empty for the route's default action
   */
  record Action(OperationSymbol operation, List<OperationSymbol.Implied> conditions) {

    Action {
      conditions = List.copyOf(conditions);
    }
  }

  /**
   * The routes of every group, each in the order of its first action. A method and path template that actions of
   * several groups share is routed by the group of the first; the others' actions on it are unreachable, as a route
   * answers through one handler.
   *
   * @param names the scope each group's route names are claimed in
   */
  static Map<GroupSymbol, List<ServerRoute>> of(List<GroupSymbol> groups, Map<GroupSymbol, NameScope> names) {
    Map<String, List<OperationSymbol>> byRoute = new LinkedHashMap<>();
    Map<String, GroupSymbol> owners = new LinkedHashMap<>();
    for (GroupSymbol group : groups) {
      for (OperationSymbol operation : group.operations()) {
        String key = operation.operation().method() + " "
            + VARIABLE.matcher(operation.operation().path()).replaceAll("{}");
        byRoute.computeIfAbsent(key, k -> new ArrayList<>()).add(operation);
        owners.putIfAbsent(key, group);
      }
    }
    List<String> prefix = sharedPrefix(groups);
    Map<GroupSymbol, List<ServerRoute>> routes = new LinkedHashMap<>();
    groups.forEach(group -> routes.put(group, new ArrayList<>()));
    for (Map.Entry<String, List<OperationSymbol>> route : byRoute.entrySet()) {
      GroupSymbol owner = owners.get(route.getKey());
      routes.get(owner).add(route(route.getValue(), owner, prefix, names.get(owner)));
    }
    return routes;
  }

  private static ServerRoute route(List<OperationSymbol> operations, GroupSymbol owner, List<String> prefix,
      NameScope names) {
    OperationSymbol first = operations.get(0);
    String method = first.operation().method();
    String path = first.operation().path();
    DtoSymbol request = first.requestBody();
    List<Action> conditional = new ArrayList<>();
    Action fallback = null;
    List<OperationSymbol> unreachable = new ArrayList<>();
    for (OperationSymbol operation : operations) {
      List<OperationSymbol.Implied> conditions = operation.implied().stream().filter(ServerRoute::testable).toList();
      boolean routable = owner.holds(operation) && Objects.equals(operation.requestBody(), request);
      if (!routable) {
        unreachable.add(operation);
      } else if (!conditions.isEmpty()) {
        conditional.add(new Action(operation, conditions));
      } else if (fallback == null) {
        fallback = new Action(operation, List.of());
      } else {
        unreachable.add(operation);
      }
    }
    List<Action> actions = new ArrayList<>(conditional);
    if (fallback != null) {
      actions.add(fallback);
    }
    String name = names.claim(Names.memberName("handle " + method.toLowerCase(Locale.ROOT) + " "
        + String.join(" ", words(path, prefix))));
    return new ServerRoute(method, path, name, inputs(path, actions, request != null), request, actions,
        unreachable);
  }

  /** Whether a request's body can show the implied value: a single value the DTO can hold. */
  private static boolean testable(OperationSymbol.Implied implied) {
    PropertySymbol property = implied.property();
    if (property.repeated()) {
      return false;
    }
    String value = implied.value().value();
    return switch (property.kind()) {
      case STRING -> true;
      case BOOLEAN -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
      case INTEGER, LONG -> value.matches("-?\\d{1,9}");
      case INSTANT -> value.matches("\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z");
      case ENUM -> property.enumSymbol().constants().stream().anyMatch(c -> c.wireValue().equals(value));
      case OBJECT -> false;
    };
  }

  private static List<Input> inputs(String path, List<Action> actions, boolean readsBody) {
    NameScope names = NameScope.reserving(BODY, "handler", "request", "answer");
    List<Input> inputs = new ArrayList<>();
    for (String variable : variables(path)) {
      String javaName = actions.isEmpty() ? Names.memberName(variable) : actions.get(0).operation().parameters()
          .stream()
          .filter(p -> p.parameter().location() == ParameterLocation.PATH && p.parameter().name().equals(variable))
          .map(ParameterSymbol::javaName)
          .findFirst()
          .orElse(Names.memberName(variable));
      inputs.add(new Input(ParameterLocation.PATH, variable, names.claim(javaName)));
    }
    for (Action action : actions) {
      for (ParameterSymbol parameter : action.operation().parameters()) {
        ParameterLocation location = parameter.parameter().location();
        boolean travelsApart = location == ParameterLocation.QUERY || location == ParameterLocation.HEADER;
        if (travelsApart && inputs.stream().noneMatch(i -> i.location() == location
            && i.wireName().equals(parameter.parameter().name()))) {
          inputs.add(new Input(location, parameter.parameter().name(), names.claim(parameter.javaName())));
        }
      }
    }
    if (readsBody) {
      inputs.add(new Input(ParameterLocation.BODY, BODY, BODY));
    }
    return inputs;
  }

  /** The variables of a path template, in order. */
  public static List<String> variables(String path) {
    List<String> variables = new ArrayList<>();
    Matcher matcher = VARIABLE.matcher(path);
    while (matcher.find()) {
      variables.add(matcher.group(1));
    }
    return variables;
  }

  /** The fixed segments of {@code path} after {@code prefix}, or all of them when none is left. */
  private static List<String> words(String path, List<String> prefix) {
    List<String> literal = literalSegments(path);
    int shared = shared(prefix, literal);
    return shared < literal.size() ? literal.subList(shared, literal.size()) : literal;
  }

  /** The segments of {@code path} that hold no variable. */
  static List<String> literalSegments(String path) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty() && !segment.contains("{")) {
        segments.add(segment);
      }
    }
    return segments;
  }

  /**
   * The input carrying the value of {@code parameter} of one of the route's actions, or {@code null} for a path
   * parameter its template does not hold.
   */
  Input input(OperationSymbol operation, ParameterSymbol parameter) {
    ParameterLocation location = parameter.parameter().location();
    if (location == ParameterLocation.PATH) {
      int index = variables(operation.operation().path()).indexOf(parameter.parameter().name());
      return index < 0 ? null : inputs.get(index);
    }
    return inputs.stream()
        .filter(i -> i.location() == location && i.wireName().equals(parameter.parameter().name()))
        .findFirst()
        .orElse(null);
  }

  /** The leading path segments every operation shares, such as {@code [northwind, api]}; left out of route names. */
  private static List<String> sharedPrefix(List<GroupSymbol> groups) {
    List<String> prefix = null;
    for (GroupSymbol group : groups) {
      for (OperationSymbol operation : group.operations()) {
        List<String> leading = new ArrayList<>();
        for (String segment : operation.operation().path().split("/")) {
          if (segment.contains("{")) {
            break;
          }
          if (!segment.isEmpty()) {
            leading.add(segment);
          }
        }
        prefix = prefix == null ? leading : leading.subList(0, shared(prefix, leading));
      }
    }
    return prefix == null ? List.of() : List.copyOf(prefix);
  }

  /** How many leading segments {@code a} and {@code b} share. */
  private static int shared(List<String> a, List<String> b) {
    int shared = 0;
    while (shared < a.size() && shared < b.size() && a.get(shared).equals(b.get(shared))) {
      shared++;
    }
    return shared;
  }
}
