package io.mcdewey.cli;

/** A command line the tool does not understand; the user is pointed to the command's help. */
public final class UsageException extends CommandException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
