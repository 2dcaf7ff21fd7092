package io.mcdewey.cli;

import java.util.ArrayList;
import java.util.List;

/** The tool's help texts: the overview of commands, and each command's usage and options. */
final class Help {
  private Help() {}

  /** The width paragraphs are wrapped to. */
  private static final int WIDTH = 100;

  /** The option every command accepts. */
  static final Option OPTION = Option.flag("help", "show this help").withLetter("h");

  static String overview(List<Command> commands) {
    StringBuilder text = new StringBuilder();
    text.append("Usage: mcdewey <command> <input> [options]\n\n")
        .append("Reads vendors' REST developer guides into an API model.\n\n")
        .append("Commands:\n");
    int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(0);
    for (Command command : commands) {
      text.append("  ").append(pad(command.name(), width)).append("  ").append(command.summary()).append('\n');
    }
    text.append("\nRun 'mcdewey <command> --help' for a command's options, 'mcdewey --version' for the version.\n");
    return text.toString();
  }

  static String of(Command command) {
    List<Option> options = new ArrayList<>(command.options());
    options.add(OPTION);
    StringBuilder text = new StringBuilder();
    text.append("Usage: mcdewey ").append(command.name());
    command.positionals().forEach(p -> text.append(' ').append(p));
    text.append(" [options]\n\n").append(wrap(command.description())).append("\nOptions:\n");
    int width = options.stream().mapToInt(o -> o.synopsis().length()).max().orElse(0);
    for (Option option : options) {
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
      wrapped.append('\n');
    }
    return wrapped.toString();
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }
}
