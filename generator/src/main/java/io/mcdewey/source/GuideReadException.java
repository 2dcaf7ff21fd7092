package io.mcdewey.source;

/** An input that cannot be read as a guide; the message names the file and, where it helps, the line. */
public final class GuideReadException extends Exception {
  private static final long serialVersionUID = 1L;

  public GuideReadException(String message) {
    super(message);
  }

  public GuideReadException(String message, Throwable cause) {
    super(message, cause);
  }
}
