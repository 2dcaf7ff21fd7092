package io.mcdewey.codegen.templates;

import java.util.List;

/**
 * The variables of {@code server-dispatcher.java.vm}: the {@code com.sun.net.httpserver.HttpHandler} that hands each
 * request to the route of its method and path.
 *
 * @param header the generated-file notice, without comment markers
 * @param packageName the server package
 * @param className the class's simple name
 * @param errorResponse the simple name of the exception that answers with an error status
 * @param reply the simple name of the class of answers
 * @param groups the resource groups, in guide order
 * @param routeMethods the methods adding every route, more specific path templates first, a few hundred each
 */
public record ServerDispatcherVars(String header, String packageName, String className, String errorResponse,
    String reply, List<Group> groups, List<RouteMethod> routeMethods) implements TemplateVars {

  public static final String TEMPLATE = "server-dispatcher.java.vm";

  public ServerDispatcherVars {
    groups = List.copyOf(groups);
    routeMethods = List.copyOf(routeMethods);
  }

  /**
   * A resource group.
   *
   * @param handler the simple name of its handler interface
   * @param name the Java name of the handler parameter ({@code agents})
   * @param routes the simple name of its routes class
   * @param routesName the Java name of the routes variable ({@code agentRoutes})
   */
  public record Group(String handler, String name, String routes, String routesName) {}

  /**
   * A method adding routes: one method's code is limited to 64 KB, which about 2,500 routes would pass.
   *
   * @param name the method's name
   * @param groups the groups whose routes variables the routes use, its parameters
   * @param routes the routes it adds, in order
   */
  public record RouteMethod(String name, List<Group> groups, List<Route> routes) {

    public RouteMethod {
      groups = List.copyOf(groups);
      routes = List.copyOf(routes);
    }
  }

  /**
   * A method and path template.
   *
   * @param method the HTTP method
   * @param pathLiteral the path template as a Java string literal
   * @param routesName the Java name of the routes variable answering it
   * @param name the route method
   * @param arguments the route method's arguments, as expressions on the request ({@code incoming.path(0)})
   */
  public record Route(String method, String pathLiteral, String routesName, String name, List<String> arguments) {

    public Route {
      arguments = List.copyOf(arguments);
    }
  }

  @Override
  public String templateName() {
    return TEMPLATE;
  }
}
