package io.mcdewey.cli;

/** A command that cannot go on, for a reason the user can fix; the message says what and names the file. */
public class CommandException extends Exception {
  private static final long serialVersionUID = 1L;

  public CommandException(String message) {
    super(message);
  }
}
