package io.mcdewey.codegen.templates;

/** A template that cannot be rendered; the message names the template and, where known, the line. */
public final class TemplateException extends Exception {
  private static final long serialVersionUID = 1L;

  public TemplateException(String message) {
    super(message);
  }

  public TemplateException(String message, Throwable cause) {
    super(message, cause);
  }
}
