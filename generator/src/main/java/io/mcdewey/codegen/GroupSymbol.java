package io.mcdewey.codegen;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A resource group: the client's accessor ({@code client.dialogs()}) and the class holding its operations.
 *
 * @param group the group as the guide writes it ({@code Dialog})
 * @param className the group's client class ({@code DialogApi})
 * @param handlerName the group's server handler interface ({@code DialogHandler})
 * @param accessorName the client's accessor method ({@code dialogs})
 * @param operations the group's operations, in guide order
 */
public record GroupSymbol(String group, ClassName className, ClassName handlerName, String accessorName,
    List<OperationSymbol> operations) {

  public GroupSymbol {
    operations = List.copyOf(operations);
  }

  /**
   * Whether {@code operation} is one of this group's. Operation symbols are told apart by identity, as no two of them
   * are equal: comparing them as records would compare the model beneath, cold.
   */
  public boolean holds(OperationSymbol operation) {
    for (OperationSymbol own : operations) {
      if (own == operation) {
        return true;
      }
    }
    return false;
  }

  /**
   * Hashes by the group alone, which equal symbols share: the record's own hash would walk the whole model beneath,
   * cold, on every lookup of a map keyed by symbols.
   */
  @Override
  public int hashCode() {
    return group.hashCode();
  }
}
