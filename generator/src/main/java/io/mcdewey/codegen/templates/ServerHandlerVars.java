package io.mcdewey.codegen.templates;

import java.util.List;

/**
 * The variables of {@code server-handler.java.vm}: the interface a server implements for one resource group.
 *
 * @param header the generated-file notice, without comment markers
 * @param packageName the server package
 * @param imports the classes the file imports
 * @param group the resource group as the guide names it
 * @param className the interface's simple name ({@code AgentHandler})
 * @param errorResponse the simple name of the exception that answers with an error status
 * @param methods one method per action of the group, in guide order
 */
public record ServerHandlerVars(String header, String packageName, List<String> imports, String group,
    String className, String errorResponse, List<Method> methods) implements TemplateVars {

  public static final String TEMPLATE = "server-handler.java.vm";

  public ServerHandlerVars {
    imports = List.copyOf(imports);
    methods = List.copyOf(methods);
  }

  /**
   * One action.
   *
   * @param name the method's name, the client's name for the action
   * @param returnType the type of the answer's body, or {@code void}
   * @param parameters the method's parameters
   * @param title the action's title, escaped for Javadoc
   * @param titleLiteral the action's title as a Java string literal
   * @param request the method and path template, escaped for Javadoc ({@code PUT /api/Agent/{id}})
   * @param status the success status the action answers with
   * @param source where the guide documents the action, escaped for Javadoc
   * @param deprecation for an action the guide deprecates, what it says of it, escaped for Javadoc; otherwise empty
   */
  public record Method(String name, String returnType, List<Parameter> parameters, String title,
      String titleLiteral, String request, int status, String source, String deprecation) {

    public Method {
      parameters = List.copyOf(parameters);
    }
  }

  /**
   * One parameter of an action.
   *
   * @param type the Java type
   * @param name the Java name
   * @param description what it is, escaped for Javadoc
   */
  public record Parameter(String type, String name, String description) {}

  @Override
  public String templateName() {
    return TEMPLATE;
  }
}
