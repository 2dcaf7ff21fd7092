package io.mcdewey.cli;

import io.mcdewey.codegen.JvmLimitException;
import io.mcdewey.codegen.SdkGenerator;
import io.mcdewey.codegen.output.GeneratedFile;
import io.mcdewey.codegen.output.OutputDirectory;
import io.mcdewey.codegen.output.OutputException;
import io.mcdewey.codegen.output.UserFilesException;
import io.mcdewey.codegen.templates.TemplateException;
import io.mcdewey.codegen.templates.TemplateRenderer;
import io.mcdewey.files.FileErrors;
import io.mcdewey.parse.Guides;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code generate}: writes a buildable Maven project with the guide's SDK. */
final class GenerateCommand implements Command {
  private static final Option OUTPUT = Option.valued("output", "DIR", "the project directory to write, required")
      .withLetter("o");
  private static final Option TEMPLATES = Option.valued("templates", "DIR",
      "use the templates in DIR instead of the built-in ones of the same name");
  private static final Option FORCE = Option.flag("force",
      "overwrite files in the output directory that McDewey did not generate");

  @Override
  public String name() {
    return "generate";
  }

  @Override
  public String summary() {
    return "generate a Java SDK (a Maven project) from a guide";
  }

  @Override
  public List<String> positionals() {
    return List.of(GuideInput.POSITIONAL);
  }

  @Override
  public String description() {
    return "Reads the one guide of <input> and writes a Maven project with its SDK to the output directory:"
        + " immutable DTOs that read and write the guide's XML, a client with one method per documented"
        + " action, and with --artifacts ...,server a server skeleton that accepts the guide's requests."
        + " Regenerating writes only files whose content changed and removes files it no longer generates. A run"
        + " that fails leaves the previous output as it was, and the next run undoes what a killed run began."
        + " Files McDewey did not generate are not overwritten without --force, and the input never.\n\n"
        + GuideInput.DESCRIBES_INPUT;
  }

  @Override
  public List<Option> options() {
    List<Option> options = new ArrayList<>(List.of(ProjectOptions.PACKAGE, OUTPUT, ProjectOptions.GROUP_ID,
        ProjectOptions.ARTIFACT_ID, ProjectOptions.VERSION, ProjectOptions.ARTIFACTS, ProjectOptions.SERVER,
        TEMPLATES, FORCE));
    options.addAll(GuideInput.OPTIONS);
    return options;
  }

  @Override
  public int run(Arguments arguments, PrintStream out, PrintStream err) throws CommandException {
    ProjectOptions project = ProjectOptions.read(arguments);
    Path output = Path.of(arguments.required(OUTPUT));
    TemplateRenderer templates = templates(arguments);
    Guides.Parsed guide = GuideInput.readOne(arguments);
    SdkGenerator.Options options = project.forApi(guide.api());
    List<GeneratedFile> files;
    try {
      files = new SdkGenerator(templates).generate(guide.api(), guide.file(), options);
    } catch (TemplateException e) {
      throw new CommandException(e.getMessage());
    } catch (JvmLimitException e) {
      throw new CommandException(guide.file() + ": cannot generate the SDK: " + e.getMessage());
    }
    OutputDirectory.Result result = write(output, files, inputs(arguments, guide, templates), arguments.has(FORCE));
    out.println("wrote " + output + ": " + Nouns.counted(files.size(), "file") + " ("
        + result.written().size() + " written, " + result.unchanged().size() + " unchanged, "
        + result.removed().size() + " removed) from " + guide.file() + " (profile " + guide.api().profile() + ")");
    return ExitCode.OK;
  }

  private static OutputDirectory.Result write(Path output, List<GeneratedFile> files, List<Path> inputs,
      boolean force) throws CommandException {
    try {
      return new OutputDirectory(output).overwritingUserFiles(force).neverOverwriting(inputs).write(files);
    } catch (UserFilesException e) {
      throw new CommandException(e.getMessage() + " (--force overwrites them)");
    } catch (OutputException e) {
      throw new CommandException(e.getMessage());
    } catch (IOException e) {
      throw new CommandException(output + ": cannot write the project: " + FileErrors.reason(e));
    }
  }

  /** The files the run read, which it must not write over. */
  private static List<Path> inputs(Arguments arguments, Guides.Parsed guide, TemplateRenderer templates) {
    List<Path> inputs = new ArrayList<>(GuideInput.files(arguments));
    inputs.add(Path.of(guide.file()));
    inputs.addAll(templates.overrides());
    return inputs;
  }

  private static TemplateRenderer templates(Arguments arguments) throws CommandException {
    if (arguments.value(TEMPLATES).isEmpty()) {
      return TemplateRenderer.builtIn();
    }
    try {
      return TemplateRenderer.withOverrides(Path.of(arguments.value(TEMPLATES).get()));
    } catch (TemplateException e) {
      throw new CommandException(e.getMessage());
    }
  }
}
