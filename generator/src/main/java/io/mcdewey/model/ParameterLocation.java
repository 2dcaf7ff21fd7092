package io.mcdewey.model;

import java.util.Locale;

/** Where a parameter travels in a request. */
public enum ParameterLocation {
  PATH,
  QUERY,
  HEADER,
  BODY;

  /** The lower-case name used in JSON and OpenAPI ({@code path}, {@code query}, ...). */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
