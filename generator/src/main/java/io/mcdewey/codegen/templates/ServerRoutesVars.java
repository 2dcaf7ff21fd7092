package io.mcdewey.codegen.templates;

import java.util.List;

/**
 * The variables of {@code server-routes.java.vm}: the class turning one group's requests into calls of its handler,
 * shared by both server flavours.
 *
 * @param header the generated-file notice, without comment markers
 * @param packageName the server package
 * @param imports the classes the file imports
 * @param group the resource group as the guide names it
 * @param className the class's simple name ({@code AgentRoutes})
 * @param handler the simple name of the group's handler interface
 * @param reply the simple name of the class of answers
 * @param requests the simple name of the class reading and checking requests
 * @param routes one route per method and path template of the group
 */
public record ServerRoutesVars(String header, String packageName, List<String> imports, String group,
    String className, String handler, String reply, String requests, List<Route> routes) implements TemplateVars {

  public static final String TEMPLATE = "server-routes.java.vm";

  public ServerRoutesVars {
    imports = List.copyOf(imports);
    routes = List.copyOf(routes);
  }

  /**
   * A method and path template, and the actions answering it.
   *
   * @param name the route method's name ({@code handlePutAgent})
   * @param request the method and path template, escaped for Javadoc
   * @param parameters the route method's parameters, all {@code String}: path variables in template order, then
   *     query and header parameters, then {@code body} when the route reads one
   * @param requestType the type the body is read into, or empty when the route reads no body
   * @param requestJson whether the body is JSON, read with {@code fromJson}, rather than XML ({@code fromXml})
   * @param actions the actions, those chosen by a condition first
   * @param noAction when every action has a condition, the expression of the exception thrown when none holds;
   *     otherwise empty
   * @param unreachable titles of actions no request can reach (they share the route without a distinguishing
   *     value), escaped for Javadoc
   * @param callsDeprecated whether one of the actions is deprecated, so that calling it warns
   */
  public record Route(String name, String request, List<String> parameters, String requestType,
      boolean requestJson, List<Action> actions, String noAction, List<String> unreachable, boolean callsDeprecated) {

    public Route {
      parameters = List.copyOf(parameters);
      actions = List.copyOf(actions);
      unreachable = List.copyOf(unreachable);
    }
  }

  /**
   * One action of a route.
   *
   * @param title the action's title, escaped for Javadoc
   * @param condition the Java condition choosing this action, or empty for the route's default action
   * @param method the handler method
   * @param arguments the Java expressions passed to it, checking required values
   * @param status the success status
   * @param answerType the type of the answer's body, or empty when the action answers without one
   * @param answerJson whether the answer's body is JSON, written with {@code toJson}, rather than XML
   */
  public record Action(String title, String condition, String method, List<String> arguments, int status,
      String answerType, boolean answerJson) {

    public Action {
      arguments = List.copyOf(arguments);
    }
  }

  @Override
  public String templateName() {
    return TEMPLATE;
  }
}
