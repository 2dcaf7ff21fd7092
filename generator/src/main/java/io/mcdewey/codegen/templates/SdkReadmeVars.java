package io.mcdewey.codegen.templates;

import java.util.List;

/**
 * The variables of {@code sdk-README.md.vm}, the generated SDK's README.
 *
 * @param name a human name for the SDK
 * @param title the API's title as the guide gives it
 * @param guide the guide the SDK was generated from
 * @param client the simple name of the client's entry class
 * @param exception the simple name of the exception non-2xx answers raise
 * @param exampleBaseUrl a base URL for the usage snippet
 * @param exampleCall a statement calling one operation, for the usage snippet
 * @param response the simple name of the answer type of {@code ...WithResponse} calls
 * @param exampleWithResponse a statement calling one operation's {@code ...WithResponse} variant
 * @param request the simple name of the request built by hand (the escape hatch)
 * @param exampleRequest statements building a request by hand and sending it
 * @param operations the generated operations, in guide order
 * @param omissions what the guide documents but the SDK leaves out, with the reason
 */
public record SdkReadmeVars(String name, String title, String guide, String client, String exception,
    String exampleBaseUrl, String exampleCall, String response, String exampleWithResponse, String request,
    String exampleRequest, List<Operation> operations, List<String> omissions) implements TemplateVars {

  public static final String TEMPLATE = "sdk-README.md.vm";

  public SdkReadmeVars {
    operations = List.copyOf(operations);
    omissions = List.copyOf(omissions);
  }

  /**
   * One generated operation.
   *
   * @param group the resource group
   * @param method the HTTP method
   * @param path the path template
   * @param call the Java call, such as {@code client.dialogs().initiateSingleStepTransfer(...)}
   * @param source where the guide documents it
   */
  public record Operation(String group, String method, String path, String call, String source) {}

  @Override
  public String templateName() {
    return TEMPLATE;
  }
}
