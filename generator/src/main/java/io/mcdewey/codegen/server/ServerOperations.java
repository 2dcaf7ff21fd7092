package io.mcdewey.codegen.server;

import io.mcdewey.codegen.GroupSymbol;
import io.mcdewey.codegen.OperationSymbol;
import io.mcdewey.codegen.SdkSymbols;
import java.util.ArrayList;
import java.util.List;

/**
 * The operations as the server skeleton serves them. The skeleton reads and writes XML and JSON bodies, as the
 * client does; form bodies are the client's alone for now, so an operation that sends a form is not served.
 */
final class ServerOperations {
  private ServerOperations() {}

  /** The groups with their operations as served; a group none of whose operations is served is left out. */
  static List<GroupSymbol> of(SdkSymbols symbols) {
    List<GroupSymbol> groups = new ArrayList<>();
    for (GroupSymbol group : symbols.groups()) {
      List<OperationSymbol> served = group.operations().stream().filter(operation -> !operation.sendsForm())
          .toList();
      if (!served.isEmpty()) {
        groups.add(served.equals(group.operations()) ? group : new GroupSymbol(group.group(), group.className(),
            group.handlerName(), group.accessorName(), served));
      }
    }
    return groups;
  }
}
