package io.mcdewey.codegen.server;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.mcdewey.codegen.DtoProperty;
import io.mcdewey.codegen.NameScope;
import io.mcdewey.codegen.OperationSymbol;
import io.mcdewey.codegen.ParameterSymbol;
import io.mcdewey.codegen.PropertySymbol;
import io.mcdewey.model.ParameterLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Java expressions of a route's actions, as the routes template places them: the conditions choosing an action,
 * and the arguments of its handler call, read from the route's inputs and the request body named {@code request}.
 */
final class ServerRouteCode {
  private final JavaImports imports;
  private final String requests;

  /**
   * @param imports the imports of the file the code goes into
   * @param requests the simple name of the class reading and checking requests
   */
  ServerRouteCode(JavaImports imports, String requests) {
    this.imports = imports;
    this.requests = requests;
  }

  /** The condition choosing {@code action}: every value it implies is in the body; empty for a default action. */
  String condition(ServerRoute.Action action) {
    return String.join(" && ", action.conditions().stream().map(this::condition).toList());
  }

  private String condition(OperationSymbol.Implied implied) {
    PropertySymbol property = implied.property();
    String value = "request." + property.fieldName() + "()";
    String expected = implied.value().value();
    return switch (property.kind()) {
      case BOOLEAN -> "Boolean." + (Boolean.parseBoolean(expected) ? "TRUE" : "FALSE") + ".equals(" + value + ")";
      case INTEGER, LONG -> imports.use(property.valueType()) + ".valueOf(" + literal(expected) + ").equals(" + value
          + ")";
      case INSTANT -> imports.use(property.valueType()) + ".parse(" + literal(expected) + ").equals(" + value + ")";
      case ENUM -> value + " == " + imports.use(property.valueType()) + "." + property.enumSymbol().constants().stream()
          .filter(c -> c.wireValue().equals(expected)).findFirst().orElseThrow().javaName();
      default -> literal(expected) + ".equals(" + value + ")";
    };
  }

  /**
   * The exception thrown when no action of {@code route} is chosen, naming the first action's field and the text it
   * holds; empty when the route has a default action.
   */
  String noAction(ServerRoute route) {
    if (route.actions().isEmpty() || route.actions().stream().anyMatch(a -> a.conditions().isEmpty())) {
      return "";
    }
    PropertySymbol field = route.actions().get(0).conditions().get(0).property();
    // A field of the request's DTO is found by its name, unique in the DTO, rather than by comparing records, which
    // would compare the schemas beneath.
    String text = DtoProperty.of(route.request()).stream().filter(p -> p.field().equals(field.fieldName())).findFirst()
        .map(DtoProperty::builderField).orElse(field.fieldName());
    return requests + ".unknownAction(" + literal(field.xmlName()) + ", request." + text + "())";
  }

  /** The handler call's arguments: each parameter read from its input, required ones checked, then the body. */
  List<String> arguments(ServerRoute route, OperationSymbol operation) {
    List<String> arguments = new ArrayList<>();
    for (ParameterSymbol parameter : operation.parameters()) {
      arguments.add(argument(route, operation, parameter));
    }
    requestParameter(operation).ifPresent(name -> arguments.add("request"));
    return arguments;
  }

  private String argument(ServerRoute route, OperationSymbol operation, ParameterSymbol parameter) {
    ParameterLocation location = parameter.parameter().location();
    String value;
    if (location == ParameterLocation.BODY) {
      if (parameter.bodyPath().isEmpty()) {
        return "request";
      }
      value = bodyValue(parameter.bodyPath());
    } else {
      ServerRoute.Input input = route.input(operation, parameter);
      if (input == null) {
        return "null";
      }
      value = input.javaName();
      if (location == ParameterLocation.PATH) {
        return value;
      }
    }
    return parameter.required() ? requests + ".required(" + value + ", " + literal(parameter.parameter().name()) + ")"
        : value;
  }

  /** The value at the end of {@code path} in the request, {@code null} when an element on the way is missing. */
  private String bodyValue(List<PropertySymbol> path) {
    String first = "request." + path.get(0).fieldName() + "()";
    if (path.size() == 1) {
      return first;
    }
    StringBuilder chain = new StringBuilder(imports.use(ClassName.get(Optional.class)) + ".ofNullable(" + first + ")");
    for (int i = 1; i < path.size(); i++) {
      PropertySymbol previous = path.get(i - 1);
      if (previous.repeated()) {
        chain.append(".map(").append(requests).append("::first)");
      }
      chain.append(".map(").append(imports.use(previous.valueType())).append("::").append(path.get(i).fieldName())
          .append(")");
    }
    return chain.append(".orElse(null)").toString();
  }

  /**
   * The name of the handler parameter carrying the whole request body, when the action reads one and no argument is
   * the body already.
   */
  static Optional<String> requestParameter(OperationSymbol operation) {
    boolean bodyIsArgument = operation.arguments().stream()
        .anyMatch(p -> p.parameter().location() == ParameterLocation.BODY && p.bodyPath().isEmpty());
    if (operation.requestBody() == null || bodyIsArgument) {
      return Optional.empty();
    }
    NameScope names = NameScope.reserving(operation.parameters().stream().map(ParameterSymbol::javaName)
        .toArray(String[]::new));
    return Optional.of(names.claim("request"));
  }

  /** {@code text} as a Java string literal. */
  static String literal(String text) {
    return CodeBlock.of("$S", text).toString();
  }
}
