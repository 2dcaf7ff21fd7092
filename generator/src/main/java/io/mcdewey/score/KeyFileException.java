package io.mcdewey.score;

/** An answer key or errata file that cannot be used; the message names the file and the line. */
public final class KeyFileException extends Exception {
  private static final long serialVersionUID = 1L;

  public KeyFileException(String message) {
    super(message);
  }
}
