package io.mcdewey.cli;

import io.mcdewey.export.ModelJson;
import io.mcdewey.export.OpenApiExport;
import io.mcdewey.model.Api;
import io.mcdewey.model.Diagnostic;
import io.mcdewey.model.Severity;
import io.mcdewey.parse.Guides;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Writes what was read from a guide to a file, in a format chosen by the command and the file's extension. */
final class ExportCommand implements Command {

  private static final Option OUTPUT = Option.valued("output", "FILE", "the file to write, required").withLetter("o");

  /** The writer a command uses for an output file. */
  @FunctionalInterface
  private interface Format {
    /** How to write the model for this output file; refuses a file name the format cannot honour. */
    Function<Api, String> writerFor(Path output) throws UsageException;
  }

  private final String name;
  private final String summary;
  private final String description;
  private final Format format;

  private ExportCommand(String name, String summary, String description, Format format) {
    this.name = name;
    this.summary = summary;
    this.description = description;
    this.format = format;
  }

  /** {@code model}: the API model in McDewey's own JSON format, which reads back into the model. */
  static ExportCommand model() {
    return new ExportCommand("model", "write the API model read from a guide as JSON",
        "Reads the one guide of <input> and writes its API model as JSON to the output file: every operation,"
            + " parameter, response, schema and diagnostic, with where it was read.",
        output -> ModelJson::write);
  }

  /** {@code openapi}: an OpenAPI 3.1 description, YAML or JSON after the output file's extension. */
  static ExportCommand openApi() {
    return new ExportCommand("openapi", "write an OpenAPI 3.1 description of a guide",
        "Reads the one guide of <input> and writes an OpenAPI 3.1 description of it: YAML when the output file"
            + " ends with .yaml or .yml, JSON when it ends with .json. Operations whose method or path the guide"
            + " does not show are listed under x-mcdewey-unplaced.",
        output -> {
          String file = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
          if (file.endsWith(".yaml") || file.endsWith(".yml")) {
            return OpenApiExport::toYaml;
          }
          if (file.endsWith(".json")) {
            return OpenApiExport::toJson;
          }
          throw new UsageException("the output file must end with .yaml, .yml or .json, not '" + output + "'");
        });
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String summary() {
    return summary;
  }

  @Override
  public List<String> positionals() {
    return List.of(GuideInput.POSITIONAL);
  }

  @Override
  public String description() {
    return description + " Exits with 1 when the guide has error-level diagnostics; the file is written all the"
        + " same.\n\n" + GuideInput.DESCRIBES_INPUT;
  }

  @Override
  public List<Option> options() {
    List<Option> options = new ArrayList<>(List.of(OUTPUT));
    options.addAll(GuideInput.OPTIONS);
    return options;
  }

  @Override
  public int run(Arguments arguments, PrintStream out, PrintStream err) throws CommandException {
    Path output = Path.of(arguments.required(OUTPUT));
    Function<Api, String> writer = format.writerFor(output);
    Guides.Parsed guide = GuideInput.readOne(arguments);
    Api api = guide.api();
    OutputFile.write(output, writer.apply(api), GuideInput.files(arguments));
    List<Diagnostic> errors = api.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    long warnings = api.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count();
    out.println("wrote " + output + ": " + Nouns.counted(api.operations().size(), "operation") + " from "
        + guide.file() + " (profile " + api.profile() + "); " + Nouns.counted(errors.size(), "error") + ", "
        + Nouns.counted(warnings, "warning"));
    errors.forEach(err::println);
    return errors.isEmpty() ? ExitCode.OK : ExitCode.FAILED;
  }
}
