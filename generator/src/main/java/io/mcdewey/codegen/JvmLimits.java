package io.mcdewey.codegen;

import io.mcdewey.codegen.SdkGenerator.Artifact;
import java.util.Set;

/**
 * The sizes past which a generated class would break a limit of the JVM, checked before anything is generated so
 * that a guide too large for them gets a message naming the group rather than a compiler's {@code code too large}.
 *
 * <p>What grows with the guide inside one method is split already: each operation's documented failures are a
 * method of their own, and the dispatcher adds its routes a few hundred per method. What is left are the limits of a
 * whole class: 65535 constants, which a group's client class reaches with its operations (measured: about 60
 * constants for an operation with four parameters, eight failure statuses and a JSON body, so 1,000 such operations
 * came within 10% of the limit), and the dispatcher with its routes (about 12 each); and 255 parameters of a method,
 * which the dispatcher's constructor takes one per group.
 */
final class JvmLimits {
  /** The operations a group's client class holds: a limit with room for operations twice as rich as measured. */
  static final int OPERATIONS_PER_GROUP = 500;
  /** The routes the JDK flavour's dispatcher holds, with room for routes a third richer than measured. */
  static final int ROUTES = 4_000;
  /** The groups the dispatcher's constructor takes, one parameter each, beside the body limit. */
  static final int GROUPS = 250;

  private JvmLimits() {}

  /**
   * @throws JvmLimitException naming the group, or the count, that passes a limit
   */
  static void check(SdkSymbols symbols, Set<Artifact> artifacts, ServerFlavour flavour) throws JvmLimitException {
    if (artifacts.contains(Artifact.CLIENT)) {
      for (GroupSymbol group : symbols.groups()) {
        if (group.operations().size() > OPERATIONS_PER_GROUP) {
          throw new JvmLimitException("the group '" + group.group() + "' has " + group.operations().size()
              + " operations; its client class " + group.className().simpleName() + " can hold "
              + OPERATIONS_PER_GROUP + " (a Java class holds at most 65535 constants)");
        }
      }
    }
    if (!artifacts.contains(Artifact.SERVER) || flavour != ServerFlavour.JDK_HTTP_SERVER) {
      return;
    }
    int groups = symbols.groups().size();
    if (groups > GROUPS) {
      throw new JvmLimitException("the guide has " + groups + " groups; the server's dispatcher can take "
          + GROUPS + " (a Java method takes at most 255 parameters)");
    }
    long operations = symbols.groups().stream().mapToLong(group -> group.operations().size()).sum();
    if (operations > ROUTES) {
      throw new JvmLimitException("the guide has " + operations + " operations; the server's dispatcher can route "
          + ROUTES + " (a Java class holds at most 65535 constants)");
    }
  }
}
