package io.mcdewey.export;

import io.mcdewey.model.Api;
import io.mcdewey.model.Authentication;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code securitySchemes} of an OpenAPI document: one HTTP scheme per way of authenticating the guide names,
 * described by the guide's sentence naming it. The document's {@code security} accepts any of them.
 */
final class SecuritySchemes {
  private SecuritySchemes() {}

  /** The schemes by component name ({@code basicAuth}, {@code bearerAuth}), in guide order; empty when none. */
  static Map<String, Object> of(Api api) {
    Map<String, Object> schemes = new LinkedHashMap<>();
    for (Authentication authentication : api.authentications()) {
      Map<String, Object> scheme = new LinkedHashMap<>();
      scheme.put("type", "http");
      String name = authentication.scheme() == Authentication.Scheme.BASIC ? "basic" : "bearer";
      scheme.put("scheme", name);
      if (!authentication.statement().isEmpty()) {
        scheme.put("description", authentication.statement());
      }
      scheme.put(OpenApiExport.SOURCE, ModelJson.provenance(authentication.source()));
      schemes.put(name + "Auth", scheme);
    }
    return schemes;
  }
}
