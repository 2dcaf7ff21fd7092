package io.mcdewey.server;

/** A request whose parameters cannot be used; the message says which and why, for the caller to fix. */
final class BadRequestException extends Exception {
  private static final long serialVersionUID = 1L;

  BadRequestException(String message) {
    super(message);
  }
}
