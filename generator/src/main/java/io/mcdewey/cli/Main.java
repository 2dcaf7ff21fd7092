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

  /** The names of the built-in commands, in the order the overview lists them. */
  private static final List<String> BUILT_IN = List.of("inspect", "model", "openapi", "generate", "score", "diff");

  /**
   * The built-in command of that name, built only when asked for: a run builds the one command it runs, so that the
   * tool starts without loading the classes of the others.
   */
  private static Optional<Command> builtIn(String name) {
    return Optional.ofNullable(switch (name) {
      case "inspect" -> new InspectCommand();
      case "model" -> ExportCommand.model();
      case "openapi" -> ExportCommand.openApi();
      case "generate" -> new GenerateCommand();
      case "score" -> new ScoreCommand();
      case "diff" -> new DiffCommand();
      default -> null;
    });
  }

  /** The commands of other modules on the class path (the library server's {@code serve}). */
  private static List<Command> added() {
    List<Command> commands = new ArrayList<>();
    ServiceLoader.load(Command.class).forEach(commands::add);
    return commands;
  }

  /** Every command, built-in first; only the overview needs them all. */
  private static List<Command> all() {
    List<Command> commands = new ArrayList<>();
    BUILT_IN.forEach(name -> commands.add(builtIn(name).orElseThrow()));
    commands.addAll(added());
    return commands;
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
      err.print(Help.overview(all()));
      return ExitCode.USAGE;
    }
    String first = args[0];
    if (first.equals("--help") || first.equals("-h") || (first.equals("help") && args.length == 1)) {
      out.print(Help.overview(all()));
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
    Optional<Command> builtIn = builtIn(name);
    return builtIn.isPresent() ? builtIn : added().stream().filter(c -> c.name().equals(name)).findFirst();
  }
}
