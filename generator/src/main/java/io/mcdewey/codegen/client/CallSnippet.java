package io.mcdewey.codegen.client;

import io.mcdewey.codegen.GroupSymbol;
import io.mcdewey.codegen.Names;
import io.mcdewey.codegen.OperationSymbol;
import io.mcdewey.codegen.ParameterSymbol;
import io.mcdewey.codegen.SdkSymbols;
import io.mcdewey.codegen.server.ServerRoute;
import java.util.stream.Collectors;

/**
 * The Java statement that calls one operation through the generated client, for READMEs, web pages and assistants:
 * {@code client.dialogs().initiateSingleStepTransfer(dialogId, toAddress, targetMediaAddress)}.
 */
public final class CallSnippet {
  private CallSnippet() {}

  /** The call expression, with the method's parameter names as arguments. */
  public static String expression(GroupSymbol group, OperationSymbol operation) {
    return expression(group, operation, operation.methodName());
  }

  private static String expression(GroupSymbol group, OperationSymbol operation, String methodName) {
    String arguments = operation.arguments().stream().map(ParameterSymbol::javaName).collect(Collectors.joining(", "));
    return "client." + group.accessorName() + "()." + methodName + "(" + arguments + ")";
  }

  /** A statement assigning the whole answer of the operation's {@code ...WithResponse} variant. */
  public static String withResponse(SdkSymbols symbols, GroupSymbol group, OperationSymbol operation) {
    String type = operation.responseBody() == null ? "Void" : operation.responseBody().className().simpleName();
    String call = expression(group, operation, operation.methodName() + "WithResponse");
    return symbols.response().simpleName() + "<" + type + "> answer = " + call + ";";
  }

  /**
   * Statements building by hand the request of an operation that sends a DTO, and sending it: the escape hatch,
   * shown on a request the guide documents.
   */
  public static String byHand(SdkSymbols symbols, OperationSymbol operation) {
    String request = symbols.request().simpleName();
    StringBuilder code = new StringBuilder(request + " request = " + request + ".builder(\""
        + operation.operation().method() + "\", \"" + operation.operation().path() + "\")");
    for (String variable : ServerRoute.variables(operation.operation().path())) {
      code.append("\n    .pathVariable(\"").append(variable).append("\", \"...\")");
    }
    if (operation.requestBody() != null) {
      String dto = operation.requestBody().className().simpleName();
      code.append("\n    .body(").append(dto).append(".builder()/* ... */.build())");
    }
    return code.append("\n    .build();\n").append(symbols.response().simpleName())
        .append("<String> answer = client.send(request);").toString();
  }

  /** A statement assigning the answer when the operation returns one. */
  public static String statement(GroupSymbol group, OperationSymbol operation) {
    String call = expression(group, operation) + ";";
    if (operation.responseBody() == null) {
      return call;
    }
    String type = operation.responseBody().className().simpleName();
    return type + " " + Names.memberName(type) + " = " + call;
  }
}
