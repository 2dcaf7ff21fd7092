package io.mcdewey.cli;

import io.mcdewey.parse.Guides;
import io.mcdewey.score.AnswerKey;
import io.mcdewey.score.Errata;
import io.mcdewey.score.KeyFileException;
import io.mcdewey.score.Metric;
import io.mcdewey.score.Score;
import io.mcdewey.score.Scorer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Compares what was read from a guide with a hand-labelled answer key and prints the figures. */
final class ScoreCommand implements Command {

  private static final Option KEY = Option.valued("key", "FILE", "the answer key (JSON Lines), required");
  private static final Option ERRATA = Option.valued("errata", "FILE",
      "disputed key fields to set aside (JSON Lines: key, title or method and path, field, shows)");
  private static final Option VERBOSE = Option.flag("verbose",
      "list every difference: per operation, what the key says and what was found").withLetter("v");

  /** The floor options, each for one metric. */
  private static final Map<Metric, Option> FLOORS = floors();

  private static Map<Metric, Option> floors() {
    Map<Metric, Option> floors = new EnumMap<>(Metric.class);
    for (Metric metric : Metric.values()) {
      String name = "min-" + metric.label().replace('+', '-');
      floors.put(metric, Option.valued(name, "F1", "exit with 1 when the F1 of " + metric.label() + " is below this"));
    }
    return floors;
  }

  @Override
  public String name() {
    return "score";
  }

  @Override
  public String summary() {
    return "compare what was read from a guide with a hand-labelled answer key";
  }

  @Override
  public List<String> positionals() {
    return List.of(GuideInput.POSITIONAL);
  }

  @Override
  public String description() {
    return "Reads the one guide of <input> and compares it with the answer key: operations found, methods and"
        + " paths, parameters as (name, required) pairs, and response codes, each with precision, recall and F1."
        + " Only fields the key labels are scored; a key's 'required: null' expects the parser to state nothing"
        + " either. Keys whose entries carry 'path_raw' are matched by method and path, others by title. Exits"
        + " with 1 when an F1 is below its floor.\n\n" + GuideInput.DESCRIBES_INPUT;
  }

  @Override
  public List<Option> options() {
    List<Option> options = new ArrayList<>(List.of(KEY, ERRATA));
    options.addAll(FLOORS.values());
    options.add(VERBOSE);
    options.addAll(GuideInput.OPTIONS);
    return options;
  }

  @Override
  public int run(Arguments arguments, PrintStream out, PrintStream err) throws CommandException {
    Map<Metric, Double> floors = floorsGiven(arguments);
    Errata.Corrected key = correctedKey(arguments);
    Guides.Parsed guide = GuideInput.readOne(arguments);
    Score score = new Scorer().score(guide.api(), key.key());
    ScoreReport report = new ScoreReport(score, floors, key.applied());

    out.println("guide   " + guide.file() + " (profile " + guide.api().profile() + ")");
    out.println("key     " + key.key().file() + ": " + key.key().entries().size() + " entries");
    arguments.value(ERRATA).ifPresent(file -> out.println("errata  " + file + ": set aside "
        + Nouns.counted(key.applied().size(), "key field")
        + (key.forOtherKeys() > 0 ? " (" + key.forOtherKeys() + " for other keys)" : "")));
    out.println();
    out.print(report.figures());
    out.println();
    out.print(report.outline());
    if (arguments.has(VERBOSE)) {
      out.print(report.details());
    } else if (report.hasDetails()) {
      out.println("run with --verbose for the details");
    }
    if (score.below(floors).isEmpty()) {
      return ExitCode.OK;
    }
    err.println("below the floor: " + report.belowFloors());
    return ExitCode.FAILED;
  }

  /** The answer key with the fields the errata dispute set aside. */
  private static Errata.Corrected correctedKey(Arguments arguments) throws CommandException {
    try {
      AnswerKey key = AnswerKey.read(Path.of(arguments.required(KEY)));
      Optional<String> errataFile = arguments.value(ERRATA);
      Errata errata = errataFile.isPresent() ? Errata.read(Path.of(errataFile.get())) : Errata.none();
      return errata.applyTo(key);
    } catch (KeyFileException e) {
      throw new CommandException(e.getMessage());
    }
  }

  private static Map<Metric, Double> floorsGiven(Arguments arguments) throws UsageException {
    Map<Metric, Double> floors = new EnumMap<>(Metric.class);
    for (Map.Entry<Metric, Option> floor : FLOORS.entrySet()) {
      String text = arguments.value(floor.getValue()).orElse(null);
      if (text == null) {
        continue;
      }
      double value;
      try {
        value = Double.parseDouble(text);
      } catch (NumberFormatException e) {
        value = Double.NaN;
      }
      if (!(value >= 0 && value <= 1)) {
        throw new UsageException("--" + floor.getValue().name() + " takes an F1 between 0 and 1, not '" + text + "'");
      }
      floors.put(floor.getKey(), value);
    }
    return floors;
  }
}
