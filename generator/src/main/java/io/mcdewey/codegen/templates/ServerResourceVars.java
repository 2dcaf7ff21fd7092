package io.mcdewey.codegen.templates;

import java.util.List;

/**
 * The variables of {@code server-jaxrs-resource.java.vm}: one group's JAX-RS resource interface, which extends the
 * group's handler with annotated methods.
 *
 * @param header the generated-file notice, without comment markers
 * @param packageName the server package
 * @param imports the classes the file imports
 * @param group the resource group as the guide names it
 * @param className the interface's simple name ({@code AgentResource})
 * @param handler the simple name of the group's handler interface
 * @param routesClass the simple name of the group's routes class
 * @param reply the simple name of the class of answers
 * @param routes one resource method per method and path template of the group
 */
public record ServerResourceVars(String header, String packageName, List<String> imports, String group,
    String className, String handler, String routesClass, String reply, List<Route> routes) implements TemplateVars {

  public static final String TEMPLATE = "server-jaxrs-resource.java.vm";

  public ServerResourceVars {
    imports = List.copyOf(imports);
    routes = List.copyOf(routes);
  }

  /**
   * A resource method.
   *
   * @param name the method's name, the route method's name
   * @param request the method and path template, escaped for Javadoc
   * @param titles the titles of the actions answering it, escaped for Javadoc
   * @param httpMethod the simple name of the JAX-RS method annotation ({@code PUT})
   * @param pathLiteral the path template as a Java string literal
   * @param parameters the method's parameters, in the route method's order
   */
  public record Route(String name, String request, List<String> titles, String httpMethod, String pathLiteral,
      List<Parameter> parameters) {

    public Route {
      titles = List.copyOf(titles);
      parameters = List.copyOf(parameters);
    }
  }

  /**
   * A resource method's parameter.
   *
   * @param annotation the JAX-RS annotation binding it ({@code @PathParam("id")}), or empty for the body
   * @param name the Java name
   */
  public record Parameter(String annotation, String name) {}

  @Override
  public String templateName() {
    return TEMPLATE;
  }
}
