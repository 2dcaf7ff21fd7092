package io.mcdewey.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** One command of the tool, with what its help says. */
interface Command {

  /** The width help text is wrapped to. */
  int WIDTH = 100;

  Option HELP = Option.flag("help", "show this help").withLetter("h");

  /** The word that selects the command ({@code inspect}). */
  String name();

  /** One line for the tool's overview. */
  String summary();

  /** The positional arguments, as help names them ({@code <input>}). */
  List<String> positionals();

  /** A paragraph for the command's help: what it does and what it prints. */
  String description();

  /** The options besides {@code --help}. */
  List<Option> options();

  /** Runs the command; returns the exit code. */
  int run(Arguments arguments, PrintStream out, PrintStream err) throws CommandException;

  /** The command's help text. */
  default String help() {
    List<Option> all = new ArrayList<>(options());
    all.add(HELP);
    StringBuilder text = new StringBuilder();
    text.append("Usage: mcdewey ").append(name());
    positionals().forEach(p -> text.append(' ').append(p));
    text.append(" [options]\n\n").append(wrap(description())).append("\nOptions:\n");
    int width = all.stream().mapToInt(o -> o.synopsis().length()).max().orElse(0);
    for (Option option : all) {
      text.append("  ").append(pad(option.synopsis(), width)).append("  ").append(option.description()).append('\n');
    }
    return text.toString();
  }

  /** Breaks each paragraph of the text into lines of at most {@link #WIDTH} characters, between words. */
  private static String wrap(String text) {
    StringBuilder wrapped = new StringBuilder();
    for (String paragraph : text.split("\n")) {
      int lineLength = 0;
      for (String word : paragraph.split(" ")) {
        if (lineLength > 0 && lineLength + 1 + word.length() > WIDTH) {
          wrapped.append('\n');
          lineLength = 0;
        } else if (lineLength > 0) {
          wrapped.append(' ');
          lineLength++;
        }
        wrapped.append(word);
        lineLength += word.length();
      }
      wrapped.append("\n");
    }
    return wrapped.toString();
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }
}
