package io.mcdewey.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One command of the tool, with what its help says; {@link Help} lays the help out. Modules add commands by listing
 * their implementations in {@code META-INF/services/io.mcdewey.cli.Command}.
 */
public interface Command {

  /** The word that selects the command ({@code inspect}). */
  String name();

  /** One line for the tool's overview. */
  String summary();

  /** The positional arguments, as help names them ({@code <input>}). */
  List<String> positionals();

  /** Paragraphs for the command's help: what it does and what it prints. */
  String description();

  /** The options besides {@code --help}. */
  List<Option> options();

  /** Runs the command; returns the exit code. */
  int run(Arguments arguments, PrintStream out, PrintStream err) throws CommandException;
}
