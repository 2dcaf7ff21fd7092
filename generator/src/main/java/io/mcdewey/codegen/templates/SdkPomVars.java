package io.mcdewey.codegen.templates;

/**
 * The variables of {@code sdk-pom.xml.vm}, the generated SDK's build file. Every text is escaped for XML already, so
 * the template writes it as it is; {@code guide} may also go in a comment.
 *
 * @param groupId the SDK's Maven group id
 * @param artifactId the SDK's Maven artifact id
 * @param version the SDK's version
 * @param name a human name for the SDK
 * @param description one sentence on what the SDK is
 * @param guide the guide the SDK was generated from
 * @param jaxRs whether the SDK holds a JAX-RS server skeleton, which needs the {@code jakarta.ws.rs} API
 */
public record SdkPomVars(String groupId, String artifactId, String version, String name, String description,
    String guide, boolean jaxRs) implements TemplateVars {

  public static final String TEMPLATE = "sdk-pom.xml.vm";

  @Override
  public String templateName() {
    return TEMPLATE;
  }
}
