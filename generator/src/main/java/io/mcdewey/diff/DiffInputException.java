package io.mcdewey.diff;

/** A release that cannot be read; the message names the file and what is wrong. */
public final class DiffInputException extends Exception {
  private static final long serialVersionUID = 1L;

  public DiffInputException(String message) {
    super(message);
  }
}
