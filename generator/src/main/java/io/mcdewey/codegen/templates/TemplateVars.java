package io.mcdewey.codegen.templates;

/**
 * The variables of one template, as a record: each component is a variable of the same name. Lists hold records
 * whose components templates read with method syntax ({@code $operation.path()}).
 */
public sealed interface TemplateVars permits DiffReportVars, SdkPomVars, SdkReadmeVars, ServerHandlerVars,
    ServerRoutesVars, ServerErrorVars, ServerReplyVars, ServerRequestsVars, ServerDispatcherVars, ServerBootstrapVars,
    ServerResourceVars {

  /** The template's file name, which a user template of the same name overrides. */
  String templateName();
}
