package io.mcdewey.diff;

/** A diff configuration file that cannot be used; the message names the file and what is wrong in it. */
public final class DiffConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  public DiffConfigException(String message) {
    super(message);
  }
}
