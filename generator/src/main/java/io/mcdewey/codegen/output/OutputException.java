package io.mcdewey.codegen.output;

import java.io.IOException;

/**
 * Generated output that could not or must not be written. The message is whole: it names the user's file or
 * directory and the reason, never a temporary file of McDewey's, and says whether the previous output was kept.
 */
public class OutputException extends IOException {
  private static final long serialVersionUID = 1L;

  public OutputException(String message) {
    super(message);
  }
}
