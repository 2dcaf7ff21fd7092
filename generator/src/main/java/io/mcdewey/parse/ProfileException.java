package io.mcdewey.parse;

/** A profile that cannot be used; the message names its file and the offending member. */
public final class ProfileException extends Exception {
  private static final long serialVersionUID = 1L;

  public ProfileException(String message) {
    super(message);
  }
}
