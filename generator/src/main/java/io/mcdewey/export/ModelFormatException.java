package io.mcdewey.export;

/** A text that is not a model in {@link ModelJson}'s format; the message names the offending member. */
public final class ModelFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  public ModelFormatException(String message) {
    super(message);
  }
}
