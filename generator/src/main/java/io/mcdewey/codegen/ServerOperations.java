package io.mcdewey.codegen;

import io.mcdewey.model.PayloadFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The operations as the server skeleton serves them. The skeleton reads and writes XML bodies; JSON and form bodies
 * are the client's alone for now, so an operation answering JSON is served without a body, and one whose arguments
 * are read from a JSON or form body is not served.
 */
final class ServerOperations {
  private ServerOperations() {}

  /** The groups with their operations as served; a group none of whose operations is served is left out. */
  static List<GroupSymbol> of(SdkSymbols symbols) {
    List<GroupSymbol> groups = new ArrayList<>();
    for (GroupSymbol group : symbols.groups()) {
      List<OperationSymbol> served = new ArrayList<>();
      for (OperationSymbol operation : group.operations()) {
        boolean readsJson = isJson(operation.requestBody());
        if (operation.sendsForm() || readsJson && operation.parameters().stream().anyMatch(p -> !p.bodyPath()
            .isEmpty())) {
          continue;
        }
        served.add(readsJson || isJson(operation.responseBody()) ? new OperationSymbol(operation.operation(),
            operation.methodName(), operation.arguments(), operation.options(), operation.optionsClass(),
            readsJson ? null : operation.requestBody(), operation.implied(),
            isJson(operation.responseBody()) ? null : operation.responseBody()) : operation);
      }
      if (!served.isEmpty()) {
        groups.add(served.equals(group.operations()) ? group : new GroupSymbol(group.group(), group.className(),
            group.handlerName(), group.accessorName(), served));
      }
    }
    return groups;
  }

  private static boolean isJson(DtoSymbol dto) {
    return dto != null && dto.schema().format() == PayloadFormat.JSON;
  }
}
