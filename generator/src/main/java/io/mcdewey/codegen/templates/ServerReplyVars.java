package io.mcdewey.codegen.templates;

/**
 * The variables of {@code server-reply.java.vm}: the answer a route gives, status and body.
 *
 * @param header the generated-file notice, without comment markers
 * @param packageName the server package
 * @param className the class's simple name
 * @param errorResponse the simple name of the exception that answers with an error status
 */
public record ServerReplyVars(String header, String packageName, String className, String errorResponse)
    implements TemplateVars {

  public static final String TEMPLATE = "server-reply.java.vm";

  @Override
  public String templateName() {
    return TEMPLATE;
  }
}
