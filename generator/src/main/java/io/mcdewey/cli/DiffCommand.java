package io.mcdewey.cli;

import io.mcdewey.diff.Change;
import io.mcdewey.diff.DiffConfig;
import io.mcdewey.diff.DiffConfigException;
import io.mcdewey.diff.DiffInputException;
import io.mcdewey.diff.DiffReport;
import io.mcdewey.diff.FailOn;
import io.mcdewey.diff.FailOnSdk;
import io.mcdewey.diff.Release;
import io.mcdewey.diff.ReportFormat;
import io.mcdewey.parse.Guides;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Compares two releases of a guide, reports every change and fails when one is severe enough. */
final class DiffCommand implements Command {

  /** The report forms as the option names them: {@code text, md, json or html}. */
  private static final String FORMATS = formats();

  private static final Option FORMAT = Option.valued("format", "FORMAT",
      "the report's form: " + FORMATS + "; by default text, or what the output file's extension says");
  private static final Option OUTPUT = Option.valued("output", "FILE",
      "write the report to this file; the text report still goes to the console").withLetter("o");
  private static final Option FAIL_ON = Option.valued("fail-on", "SEVERITY",
      "exit with 1 when a change is at or above this severity: " + FailOn.names() + "; default ERROR");
  private static final Option FAIL_ON_SDK = Option.valued("fail-on-sdk", "COMPATIBILITY",
      "exit with 1 when a change may break this compatibility of the generated SDK: " + FailOnSdk.names()
          + "; default NONE");
  private static final Option CONFIG = Option.valued("config", "FILE",
      "change-kind severities replacing the defaults (JSON, see docs/diff.md)");

  @Override
  public String name() {
    return "diff";
  }

  @Override
  public String summary() {
    return "list the API changes between two releases of a guide, and gate a build on them";
  }

  @Override
  public List<String> positionals() {
    return List.of("<old>", "<new>");
  }

  @Override
  public String description() {
    return "Reads two releases of a guide and lists what changed between them: operations added, removed,"
        + " deprecated, renamed or moved; parameters, request and response fields, statuses, notifications,"
        + " security constraints and prose. Each change has a kind, a severity (error, warning, info), whom it may"
        + " break, the semantic-version level it calls for and what it may do to the generated SDK; docs/diff.md lists"
        + " the kinds. Exits with 1 when a change is at or above the --fail-on severity, or may break the SDK as"
        + " --fail-on-sdk says, so that a build can stop on breaking changes, and with 2"
        + " when a release or the configuration cannot be read.\n\n"
        + "<old> and <new> are each a markdown or AsciiDoc guide, a web page (*.html, *.htm), a chunk export"
        + " (*.jsonl), a library folder holding one guide, or a model written by 'mcdewey model' (*.json).";
  }

  @Override
  public List<Option> options() {
    List<Option> options = new ArrayList<>(List.of(FORMAT, OUTPUT, FAIL_ON, FAIL_ON_SDK, CONFIG));
    options.addAll(GuideInput.OPTIONS);
    return options;
  }

  @Override
  public int run(Arguments arguments, PrintStream out, PrintStream err) throws CommandException {
    Optional<ReportFormat> format = format(arguments);
    FailOn failOn = failOn(arguments);
    FailOnSdk failOnSdk = failOnSdk(arguments);
    DiffConfig config = config(arguments);
    Guides guides = GuideInput.guides(arguments);
    DiffReport report = DiffReport.of(release(arguments.positional(0), guides),
        release(arguments.positional(1), guides), config);

    Optional<String> output = arguments.value(OUTPUT);
    if (output.isPresent()) {
      Path file = Path.of(output.get());
      ReportFormat fileFormat = format.orElse(ReportFormat.forFile(file));
      OutputFile.write(file, fileFormat.render(report), inputs(arguments));
      out.print(ReportFormat.TEXT.render(report));
      out.println();
      out.println("wrote " + file + " (" + fileFormat.optionName() + ")");
    } else {
      out.print(format.orElse(ReportFormat.TEXT).render(report));
    }

    List<Change> failing = failOn.failing(report.changes());
    List<Change> breakingSdk = failOnSdk.failing(report.changes());
    if (!failing.isEmpty()) {
      err.println("mcdewey diff: " + Nouns.counted(failing.size(), "change") + " at or above "
          + failOn.name().toLowerCase(Locale.ROOT) + " (--fail-on " + failOn.name() + ")");
    }
    if (!breakingSdk.isEmpty()) {
      err.println("mcdewey diff: " + Nouns.counted(breakingSdk.size(), "change") + " may break the "
          + failOnSdk.name().toLowerCase(Locale.ROOT) + " compatibility of the generated SDK (--fail-on-sdk "
          + failOnSdk.name() + ")");
    }
    return failing.isEmpty() && breakingSdk.isEmpty() ? ExitCode.OK : ExitCode.FAILED;
  }

  /** The releases and configuration the command read, which the report must not be written over. */
  private static List<Path> inputs(Arguments arguments) {
    List<Path> inputs = new ArrayList<>(GuideInput.files(arguments));
    inputs.add(Path.of(arguments.positional(1)));
    arguments.value(CONFIG).map(Path::of).ifPresent(inputs::add);
    return inputs;
  }

  private static Optional<ReportFormat> format(Arguments arguments) throws UsageException {
    Optional<String> name = arguments.value(FORMAT);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ReportFormat.named(name.get()).orElseThrow(
        () -> new UsageException("--format takes " + FORMATS + ", not '" + name.get() + "'")));
  }

  private static String formats() {
    List<String> names = Arrays.stream(ReportFormat.values()).map(ReportFormat::optionName).toList();
    return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }

  private static FailOn failOn(Arguments arguments) throws UsageException {
    String name = arguments.value(FAIL_ON).orElse(FailOn.ERROR.name());
    return FailOn.named(name).orElseThrow(() -> new UsageException("--fail-on takes " + FailOn.names() + ", not '"
        + name + "'"));
  }

  private static FailOnSdk failOnSdk(Arguments arguments) throws UsageException {
    String name = arguments.value(FAIL_ON_SDK).orElse(FailOnSdk.NONE.name());
    return FailOnSdk.named(name).orElseThrow(() -> new UsageException("--fail-on-sdk takes " + FailOnSdk.names()
        + ", not '" + name + "'"));
  }

  private static DiffConfig config(Arguments arguments) throws CommandException {
    Optional<String> file = arguments.value(CONFIG);
    if (file.isEmpty()) {
      return DiffConfig.defaults();
    }
    try {
      return DiffConfig.read(Path.of(file.get()));
    } catch (DiffConfigException e) {
      throw new CommandException(e.getMessage());
    }
  }

  private static Release release(String input, Guides guides) throws CommandException {
    try {
      return Release.read(Path.of(input), guides);
    } catch (DiffInputException e) {
      throw new CommandException(e.getMessage());
    }
  }
}
