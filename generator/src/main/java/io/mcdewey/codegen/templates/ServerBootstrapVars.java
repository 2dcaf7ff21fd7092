package io.mcdewey.codegen.templates;

import java.util.List;

/**
 * The variables of {@code server-bootstrap.java.vm}: the class that starts the server on the JDK's built-in HTTP
 * server, with a builder taking one handler per resource group.
 *
 * @param header the generated-file notice, without comment markers
 * @param packageName the server package
 * @param className the class's simple name ({@code NorthwindServer})
 * @param dispatcher the simple name of the dispatcher
 * @param groups the resource groups, in guide order
 */
public record ServerBootstrapVars(String header, String packageName, String className, String dispatcher,
    List<Group> groups) implements TemplateVars {

  public static final String TEMPLATE = "server-bootstrap.java.vm";

  public ServerBootstrapVars {
    groups = List.copyOf(groups);
  }

  /**
   * A resource group.
   *
   * @param group the group as the guide names it
   * @param handler the simple name of its handler interface
   * @param name the builder method taking the handler, the client's accessor name ({@code agents})
   */
  public record Group(String group, String handler, String name) {}

  @Override
  public String templateName() {
    return TEMPLATE;
  }
}
