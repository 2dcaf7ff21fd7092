package io.mcdewey.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments, read against the options it accepts: {@code --name value}, {@code --name=value},
 * {@code -x value}, flags, and positional arguments ({@code --} ends the options).
 */
public final class Arguments {
  private final List<String> positionals;
  private final Map<String, String> values;
  private final Set<String> flags;

  private Arguments(List<String> positionals, Map<String, String> values, Set<String> flags) {
    this.positionals = List.copyOf(positionals);
    this.values = Map.copyOf(values);
    this.flags = Set.copyOf(flags);
  }

  /**
   * Reads the arguments.
   *
   * @param args the arguments after the command name
   * @param options the options the command accepts
   * @param positionalNames the names of the positional arguments the command expects, all required
   */
  static Arguments parse(List<String> args, List<Option> options, List<String> positionalNames)
      throws UsageException {
    List<String> positionals = new ArrayList<>();
    Map<String, String> values = new LinkedHashMap<>();
    Set<String> flags = new HashSet<>();
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (optionsEnded || arg.equals("-") || !arg.startsWith("-")) {
        positionals.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        optionsEnded = true;
        continue;
      }
      int equals = arg.indexOf('=');
      String spelled = equals > 0 && arg.startsWith("--") ? arg.substring(0, equals) : arg;
      Option option = find(options, spelled)
          .orElseThrow(() -> new UsageException("unknown option '" + spelled + "'"));
      if (values.containsKey(option.name()) || flags.contains(option.name())) {
        throw new UsageException("option '--" + option.name() + "' given twice");
      }
      if (!option.takesValue()) {
        if (equals > 0 && arg.startsWith("--")) {
          throw new UsageException("option '--" + option.name() + "' takes no value");
        }
        flags.add(option.name());
      } else if (equals > 0 && arg.startsWith("--")) {
        values.put(option.name(), arg.substring(equals + 1));
      } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
        values.put(option.name(), args.get(++i));
      } else {
        throw new UsageException("option '" + spelled + "' needs a value (" + option.valueName() + ")");
      }
    }
    if (positionals.size() < positionalNames.size()) {
      throw new UsageException("missing " + positionalNames.get(positionals.size()));
    }
    if (positionals.size() > positionalNames.size()) {
      throw new UsageException("unexpected argument '" + positionals.get(positionalNames.size()) + "'");
    }
    return new Arguments(positionals, values, flags);
  }

  private static Optional<Option> find(List<Option> options, String spelled) {
    return options.stream()
        .filter(o -> spelled.equals("--" + o.name()) || (o.letter() != null && spelled.equals("-" + o.letter())))
        .findFirst();
  }

  public String positional(int index) {
    return positionals.get(index);
  }

  public Optional<String> value(Option option) {
    return Optional.ofNullable(values.get(option.name()));
  }

  public String required(Option option) throws UsageException {
    return value(option).orElseThrow(() -> new UsageException("missing option --" + option.name() + " " + option.valueName()));
  }

  public boolean has(Option option) {
    return flags.contains(option.name());
  }
}
