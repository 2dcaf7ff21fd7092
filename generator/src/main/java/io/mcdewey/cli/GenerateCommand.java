package io.mcdewey.cli;

import io.mcdewey.codegen.GeneratedFile;
import io.mcdewey.codegen.Names;
import io.mcdewey.codegen.OutputDirectory;
import io.mcdewey.codegen.OutputException;
import io.mcdewey.codegen.SdkGenerator;
import io.mcdewey.codegen.ServerFlavour;
import io.mcdewey.codegen.UserFilesException;
import io.mcdewey.codegen.templates.TemplateException;
import io.mcdewey.codegen.templates.TemplateRenderer;
import io.mcdewey.files.FileErrors;
import io.mcdewey.parse.Guides;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code generate}: writes a buildable Maven project with the guide's SDK. */
final class GenerateCommand implements Command {
  private static final Option PACKAGE = Option.valued("package", "PACKAGE",
      "the Java package of the client, required; DTOs go to PACKAGE.model");
  private static final Option OUTPUT = Option.valued("output", "DIR", "the project directory to write, required")
      .withLetter("o");
  private static final Option GROUP_ID = Option.valued("group-id", "ID",
      "the project's Maven group id (default: the package without its last part)");
  private static final Option ARTIFACT_ID = Option.valued("artifact-id", "ID",
      "the project's Maven artifact id (default: <product>-sdk)");
  private static final Option VERSION = Option.valued("version", "VERSION",
      "the project's version (default: 1.0.0-SNAPSHOT)");
  private static final Option TEMPLATES = Option.valued("templates", "DIR",
      "use the templates in DIR instead of the built-in ones of the same name");
  private static final Option ARTIFACTS = Option.valued("artifacts", "LIST",
      "what to generate, comma-separated from dtos, client, server (default: dtos,client)");
  private static final Option SERVER = Option.valued("server", "FLAVOUR",
      "the server skeleton's flavour: jdk (the JDK's HTTP server, the default) or jax-rs");
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
    List<Option> options = new ArrayList<>(List.of(PACKAGE, OUTPUT, GROUP_ID, ARTIFACT_ID, VERSION, ARTIFACTS,
        SERVER, TEMPLATES, FORCE));
    options.addAll(GuideInput.OPTIONS);
    return options;
  }

  @Override
  public int run(Arguments arguments, PrintStream out, PrintStream err) throws CommandException {
    String basePackage = arguments.required(PACKAGE);
    if (!Names.isPackageName(basePackage)) {
      throw new UsageException("'" + basePackage + "' is not a Java package name");
    }
    Path output = Path.of(arguments.required(OUTPUT));
    Set<SdkGenerator.Artifact> artifacts = artifacts(arguments.value(ARTIFACTS).orElse("dtos,client"));
    ServerFlavour flavour = flavour(arguments.value(SERVER).orElse("jdk"));
    TemplateRenderer templates = templates(arguments);
    Guides.Parsed guide = GuideInput.readOne(arguments);
    SdkGenerator.Options defaults = SdkGenerator.Options.defaults(basePackage, guide.api());
    SdkGenerator.Options options = new SdkGenerator.Options(basePackage,
        arguments.value(GROUP_ID).orElse(defaults.groupId()),
        arguments.value(ARTIFACT_ID).orElse(defaults.artifactId()),
        arguments.value(VERSION).orElse(defaults.version()), artifacts, flavour);
    List<GeneratedFile> files;
    try {
      files = new SdkGenerator(templates).generate(guide.api(), guide.file(), options);
    } catch (TemplateException e) {
      throw new CommandException(e.getMessage());
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

  private static Set<SdkGenerator.Artifact> artifacts(String list) throws UsageException {
    Set<SdkGenerator.Artifact> artifacts = EnumSet.noneOf(SdkGenerator.Artifact.class);
    for (String name : list.split(",")) {
      try {
        artifacts.add(SdkGenerator.Artifact.valueOf(name.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new UsageException("unknown artifact '" + name.strip() + "'; choose from dtos, client, server");
      }
    }
    return artifacts;
  }

  private static ServerFlavour flavour(String name) throws UsageException {
    return ServerFlavour.named(name)
        .orElseThrow(() -> new UsageException("unknown server flavour '" + name + "'; choose jdk or jax-rs"));
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
