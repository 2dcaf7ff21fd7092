package io.mcdewey.codegen.templates;

/**
 * The variables of {@code server-error-response.java.vm}: the exception that answers with an error status and an
 * error body shaped like the guide's failure examples.
 *
 * @param header the generated-file notice, without comment markers
 * @param packageName the server package
 * @param className the exception's simple name
 * @param open the error body's opening tags, down to the element holding the fields ({@code <ApiErrors><ApiError>})
 * @param close the matching closing tags
 * @param typeElement the element naming the kind of error ({@code ErrorType})
 * @param messageElement the element carrying the message ({@code ErrorMessage})
 * @param dataElement the element carrying the value at fault ({@code ErrorData}), or empty when the body has none
 */
public record ServerErrorVars(String header, String packageName, String className, String open, String close,
    String typeElement, String messageElement, String dataElement) implements TemplateVars {

  public static final String TEMPLATE = "server-error-response.java.vm";

  @Override
  public String templateName() {
    return TEMPLATE;
  }
}
