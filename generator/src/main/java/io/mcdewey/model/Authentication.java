package io.mcdewey.model;

import java.util.Objects;

/**
 * A way of authenticating that the guide says its API takes.
 *
 * @param scheme the HTTP authentication scheme
 * @param statement the guide's sentence saying so
 * @param source where the guide says it
 */
public record Authentication(Scheme scheme, String statement, Provenance source) {

  /** The HTTP authentication schemes guides name. */
  public enum Scheme {
    /** {@code Authorization: Basic} with a user name and password. */
    BASIC,
    /** {@code Authorization: Bearer} with a token, such as a single sign-on's access token. */
    BEARER
  }

  public Authentication {
    Objects.requireNonNull(scheme, "scheme");
    statement = statement == null ? "" : statement;
    Objects.requireNonNull(source, "source");
  }
}
