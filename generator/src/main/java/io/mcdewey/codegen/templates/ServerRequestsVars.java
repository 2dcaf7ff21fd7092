package io.mcdewey.codegen.templates;

/**
 * The variables of {@code server-requests.java.vm}: reading request bodies and checking required values.
 *
 * @param header the generated-file notice, without comment markers
 * @param packageName the server package
 * @param className the class's simple name
 * @param errorResponse the simple name of the exception that answers with an error status
 */
public record ServerRequestsVars(String header, String packageName, String className, String errorResponse)
    implements TemplateVars {

  public static final String TEMPLATE = "server-requests.java.vm";

  @Override
  public String templateName() {
    return TEMPLATE;
  }
}
