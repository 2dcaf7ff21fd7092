package io.mcdewey.codegen;

import java.util.stream.Collectors;

/**
 * The Java statement that calls one operation through the generated client, for READMEs, web pages and assistants:
 * {@code client.dialogs().initiateSingleStepTransfer(dialogId, toAddress, targetMediaAddress)}.
 */
public final class CallSnippet {
  private CallSnippet() {}

  /** The call expression, with the method's parameter names as arguments. */
  public static String expression(GroupSymbol group, OperationSymbol operation) {
    String arguments = operation.arguments().stream().map(ParameterSymbol::javaName).collect(Collectors.joining(", "));
    return "client." + group.accessorName() + "()." + operation.methodName() + "(" + arguments + ")";
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
