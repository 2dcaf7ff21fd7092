package io.mcdewey.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The {@code mcdewey} command: dispatches to a {@link Command} and turns problems into messages and exit codes. */
public final class Main {
  private Main() {}

  private static final List<Command> COMMANDS = commands();

  /** The built-in commands, then those of other modules on the class path (the library server's {@code serve}). */
  private static List<Command> commands() {
    List<Command> commands = new ArrayList<>(List.of(new InspectCommand(), ExportCommand.model(),
        ExportCommand.openApi(), new GenerateCommand(), new ScoreCommand(), new DiffCommand()));
    ServiceLoader.load(Command.class).forEach(commands::add);
    return List.copyOf(commands);
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the tool.
   *
   * @param args the command line
   * @param out where results go
   * @param err where problems go
   * @return the exit code: 0 done, 1 done but with error-level diagnostics, a score below its floor or a change at or
   *     above the severity a diff fails on, 2 not done because the command line is wrong or an input cannot be read
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.print(Help.overview(COMMANDS));
      return ExitCode.USAGE;
    }
    String first = args[0];
    if (first.equals("--help") || first.equals("-h") || (first.equals("help") && args.length == 1)) {
      out.print(Help.overview(COMMANDS));
      return ExitCode.OK;
    }
    if (first.equals("--version")) {
      out.println("mcdewey " + Version.current());
      return ExitCode.OK;
    }
    if (first.equals("help")) {
      return help(args[1], out, err);
    }
    Optional<Command> command = command(first);
    if (command.isEmpty()) {
      return unknownCommand(first, err);
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    if (rest.contains("--help") || rest.contains("-h")) {
      out.print(Help.of(command.get()));
      return ExitCode.OK;
    }
    return execute(command.get(), rest, out, err);
  }

  private static int execute(Command command, List<String> args, PrintStream out, PrintStream err) {
    try {
      Arguments arguments = Arguments.parse(args, command.options(), command.positionals());
      return command.run(arguments, out, err);
    } catch (UsageException e) {
      err.println("mcdewey " + command.name() + ": " + e.getMessage());
      err.println("Run 'mcdewey " + command.name() + " --help' for usage.");
      return ExitCode.USAGE;
    } catch (CommandException e) {
      err.println("mcdewey " + command.name() + ": " + e.getMessage());
      return ExitCode.USAGE;
    }
  }

  private static int help(String name, PrintStream out, PrintStream err) {
    Optional<Command> command = command(name);
    if (command.isEmpty()) {
      return unknownCommand(name, err);
    }
    out.print(Help.of(command.get()));
    return ExitCode.OK;
  }

  private static int unknownCommand(String name, PrintStream err) {
    err.println("mcdewey: unknown command '" + name + "'");
    err.println("Run 'mcdewey --help' for the commands.");
    return ExitCode.USAGE;
  }

  private static Optional<Command> command(String name) {
    return COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst();
  }
}
