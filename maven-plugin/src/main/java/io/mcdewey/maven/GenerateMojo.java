package io.mcdewey.maven;

import io.mcdewey.codegen.JvmLimitException;
import io.mcdewey.codegen.ProjectNaming;
import io.mcdewey.codegen.SdkGenerator.Artifact;
import io.mcdewey.codegen.SdkGenerator;
import io.mcdewey.codegen.ServerFlavour;
import io.mcdewey.codegen.output.GeneratedFile;
import io.mcdewey.codegen.output.OutputDirectory;
import io.mcdewey.codegen.output.OutputException;
import io.mcdewey.codegen.output.UserFilesException;
import io.mcdewey.codegen.server.ServerWriter;
import io.mcdewey.codegen.templates.TemplateException;
import io.mcdewey.codegen.templates.TemplateRenderer;
import io.mcdewey.files.FileErrors;
import io.mcdewey.model.Api;
import io.mcdewey.model.Diagnostic;
import io.mcdewey.model.Severity;
import io.mcdewey.parse.Guides;
import io.mcdewey.parse.ProfileException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates Java sources from a developer guide: immutable DTOs that read and write the guide's XML, a client with
 * one method per documented action, and optionally a server skeleton that accepts the guide's requests.
 *
 * <p>The goal is incremental. A fingerprint of everything the output depends on (the guide's bytes, the profile,
 * the templates, this goal's configuration, McDewey's version and jar) is kept under {@code target/mcdewey}; when it
 * and the generated files are unchanged, the goal logs one line and touches no file. Otherwise only files whose
 * bytes change are rewritten, files no longer generated are removed, and a failure leaves the previous output as it
 * was.
 *
 * <p>What reading the guide meets is logged with the file and page or line it concerns; errors fail the build, and
 * so do warnings with {@code failOnWarnings}.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

  /**
   * The guide to read: a markdown file, a web page ({@code .html}, {@code .htm}), or a chunk export ({@code .jsonl},
   * one page chunk per line) holding a single guide. A relative path is taken from the project's directory. Instead,
   * a release in a documentation library may be named with {@code library}, {@code product} and {@code version}.
   */
  @Parameter(property = "mcdewey.guide")
  private File guide;

  /**
   * A documentation library folder to read the guide of {@code product} and {@code version} from, instead of
   * {@code guide}: it holds each guide as {@code PRODUCT/VERSION/DOC/DOC.md} (or {@code DOC.html}), or chunk
   * exports.
   */
  @Parameter(property = "mcdewey.library")
  private File library;

  /** The product whose guide is read from {@code library}, as its folder is named, such as {@code finesse}. */
  @Parameter(property = "mcdewey.product")
  private String product;

  /**
   * The release whose guide is read from {@code library}, as its folder is named, such as {@code v12.5}. (Its user
   * property is not {@code mcdewey.version}, which builds often use for the plugin's own version.)
   */
  @Parameter(property = "mcdewey.productVersion")
  private String version;

  /**
   * The name of the vendor profile to read the guide with, such as {@code cisco-finesse} or
   * {@code generic-markdown}. When not set, the profile is detected from the guide's text.
   */
  @Parameter(property = "mcdewey.profile")
  private String profile;

  /** A vendor profile in a JSON file, added to the built-in ones; it replaces a built-in one of the same name. */
  @Parameter(property = "mcdewey.profileFile")
  private File profileFile;

  /**
   * The Java package of the client, such as {@code com.example.finesse}. The DTOs go to its {@code model}
   * subpackage and the server skeleton to its {@code server} subpackage.
   */
  @Parameter(property = "mcdewey.packageName", required = true)
  private String packageName;

  /**
   * Whether to generate the DTOs: one immutable class with a builder per object the guide describes, reading and
   * writing its XML. The client and the server need them, so they are generated with either whatever this says.
   */
  @Parameter(property = "mcdewey.generateDtos", defaultValue = "true")
  private boolean generateDtos;

  /** Whether to generate the client: one method per action of the guide, on the JDK's HTTP client. */
  @Parameter(property = "mcdewey.generateClient", defaultValue = "true")
  private boolean generateClient;

  /**
   * Whether to generate the server skeleton: one handler interface per group of actions, and the routing that reads
   * and checks the guide's requests and answers with its statuses. Its flavour is {@code serverFlavour}.
   */
  @Parameter(property = "mcdewey.generateServer", defaultValue = "false")
  private boolean generateServer;

  /**
   * The server skeleton's flavour: {@code jdk}, a server on the JDK's own HTTP server needing no dependency, or
   * {@code jax-rs}, resource interfaces for a JAX-RS runtime (the project then needs
   * {@code jakarta.ws.rs:jakarta.ws.rs-api}).
   */
  @Parameter(property = "mcdewey.serverFlavour", defaultValue = "jdk")
  private String serverFlavour;

  /**
   * A folder of Velocity templates, each replacing the built-in template of the same file name, such as
   * {@code server-error-response.java.vm}. A {@code .vm} file that matches no template fails the build, as it is
   * most likely misspelt.
   */
  @Parameter(property = "mcdewey.templateDirectory")
  private File templateDirectory;

  /**
   * The folder the sources are written to, as a source root: {@code com/example/...} below it. McDewey lists what it
   * generates there, and removes only files it generated when they are no longer generated.
   */
  @Parameter(property = "mcdewey.outputDirectory", required = true,
      defaultValue = "${project.build.directory}/generated-sources/mcdewey")
  private File outputDirectory;

  /**
   * Whether to overwrite files in {@code outputDirectory} that McDewey did not generate when it generates files of
   * their names. Without it, the goal fails naming them, and writes nothing. The guide, the profile file and the
   * templates are never written over.
   */
  @Parameter(property = "mcdewey.force", defaultValue = "false")
  private boolean force;

  /** Whether to add {@code outputDirectory} to the project's compile source roots, so that it is compiled. */
  @Parameter(property = "mcdewey.addCompileSourceRoot", defaultValue = "true")
  private boolean addCompileSourceRoot;

  /** Skips the goal: nothing is read, written or added to the source roots. */
  @Parameter(property = "mcdewey.skip", defaultValue = "false")
  private boolean skip;

  /** Fails the build when reading the guide meets warnings; errors always fail it. */
  @Parameter(property = "mcdewey.failOnWarnings", defaultValue = "false")
  private boolean failOnWarnings;

  /** Where the fingerprint of the last run is kept, one file per output directory. */
  @Parameter(defaultValue = "${project.build.directory}/mcdewey", readonly = true, required = true)
  private File stateDirectory;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** The project's directory, against which the guide is named in generated files. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true)
  private File basedir;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("McDewey is skipped (mcdewey.skip)");
      return;
    }
    GuideSource source = GuideSource.of(guide, library, product, version);
    Path output = outputDirectory.toPath().toAbsolutePath().normalize();
    Path stateFile = stateDirectory.toPath()
        .resolve("generate-" + Fingerprint.start().value("output", output).hex().substring(0, 16) + ".txt");
    try {
      if (new OutputDirectory(output).recover()) {
        getLog().info("McDewey: " + output + " is restored after a run that was stopped");
      }
      String inputs = inputs(source);
      LastRun last = LastRun.read(stateFile);
      if (last != null && last.inputs().equals(inputs) && last.outputs().equals(LastRun.outputsOf(output))) {
        getLog().info("McDewey: " + output + " is up to date with " + source);
      } else {
        generate(source, output);
        new LastRun(inputs, LastRun.outputsOf(output)).save(stateFile);
      }
    } catch (UserFilesException e) {
      throw new MojoFailureException(e.getMessage() + " (set 'force' to overwrite them)");
    } catch (OutputException e) {
      throw new MojoFailureException(e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException(output + ": cannot generate the sources: " + FileErrors.reason(e), e);
    }
    if (addCompileSourceRoot) {
      project.addCompileSourceRoot(output.toString());
    }
  }

  private String inputs(GuideSource source) throws IOException, MojoFailureException {
    Fingerprint fingerprint = Fingerprint.start()
        .resource("version", GenerateMojo.class, "/io/mcdewey/version.properties")
        .jarOf("generator", SdkGenerator.class);
    for (String template : new TreeSet<>(TemplateRenderer.BUILT_IN)) {
      fingerprint.resource(template, TemplateRenderer.class, "/io/mcdewey/templates/" + template);
    }
    source.fingerprint(fingerprint);
    fingerprint.value("profile", profile)
        .value("profileFile", profileFile)
        .value("packageName", packageName)
        .value("artifacts", artifacts())
        .value("serverFlavour", serverFlavour)
        .value("templateDirectory", templateDirectory)
        .value("failOnWarnings", failOnWarnings);
    if (profileFile != null) {
      fingerprint.file("profile file", profileFile.toPath());
    }
    if (templateDirectory != null && templateDirectory.isDirectory()) {
      fingerprint.folder("templates", templateDirectory.toPath());
    }
    return fingerprint.hex();
  }

  private void generate(GuideSource source, Path output) throws IOException, MojoFailureException {
    Set<Artifact> artifacts = artifacts();
    if (artifacts.isEmpty()) {
      throw new MojoFailureException("nothing to generate: generateDtos, generateClient and generateServer are all"
          + " false");
    }
    Optional<String> problem = ProjectNaming.packageProblem(packageName == null ? "" : packageName.strip());
    if (problem.isPresent()) {
      throw new MojoFailureException("packageName: " + problem.get());
    }
    ServerFlavour flavour = ServerFlavour.named(serverFlavour).orElseThrow(() -> new MojoFailureException(
        "serverFlavour must be jdk or jax-rs, not '" + serverFlavour + "'"));
    // Velocity starts and parses the server's templates while the guide is read; a broken template directory fails
    // the goal once the guide is read. With no server to generate, no template is rendered and Velocity never starts.
    List<String> rendered = artifacts.contains(Artifact.SERVER) ? ServerWriter.templates(flavour) : List.of();
    Ahead<TemplateRenderer, MojoFailureException> starting =
        Ahead.start("mcdewey-templates", MojoFailureException.class, () -> templates(rendered));
    Guides.Parsed parsed = source.read(guides(), basedir == null ? null : basedir.toPath());
    TemplateRenderer templates = starting.get();
    Api api = parsed.api();
    check(api.diagnostics());
    List<GeneratedFile> files;
    try {
      files = new SdkGenerator(templates).sources(api,
          SdkGenerator.Options.defaults(packageName.strip(), api).with(artifacts, flavour));
    } catch (TemplateException e) {
      throw new MojoFailureException(e.getMessage());
    } catch (JvmLimitException e) {
      throw new MojoFailureException(parsed.file() + ": cannot generate the SDK: " + e.getMessage());
    }
    OutputDirectory.Result result = new OutputDirectory(output).overwritingUserFiles(force)
        .neverOverwriting(readBy(parsed, templates)).write(files);
    getLog().info("McDewey: " + files.size() + " sources from " + parsed.file() + " (profile " + api.profile()
        + ") in " + output + ": " + result.written().size() + " written, " + result.unchanged().size()
        + " unchanged, " + result.removed().size() + " removed");
  }

  /** The files this run reads, which it must not write over. */
  private List<Path> readBy(Guides.Parsed parsed, TemplateRenderer templates) {
    List<Path> read = new ArrayList<>();
    Path guideFile = Path.of(parsed.file());
    read.add(basedir == null ? guideFile : basedir.toPath().resolve(guideFile));
    if (profileFile != null) {
      read.add(profileFile.toPath());
    }
    read.addAll(templates.overrides());
    return read;
  }

  /** Logs every diagnostic, then fails on errors, and on warnings when asked to. */
  private void check(List<Diagnostic> diagnostics) throws MojoFailureException {
    diagnostics.forEach(diagnostic -> GuideReading.log(getLog(), diagnostic));
    long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
    if (errors > 0 || (failOnWarnings && warnings > 0)) {
      throw new MojoFailureException("reading the guide met " + errors + (errors == 1 ? " error" : " errors")
          + " and " + warnings + (warnings == 1 ? " warning" : " warnings")
          + (errors > 0 ? "" : " (failOnWarnings)") + "; nothing was generated");
    }
  }

  private Set<Artifact> artifacts() {
    Set<Artifact> artifacts = EnumSet.noneOf(Artifact.class);
    if (generateDtos) {
      artifacts.add(Artifact.DTOS);
    }
    if (generateClient) {
      artifacts.add(Artifact.CLIENT);
    }
    if (generateServer) {
      artifacts.add(Artifact.SERVER);
    }
    return artifacts;
  }

  private Guides guides() throws MojoFailureException {
    try {
      return GuideReading.guides(profile, profileFile);
    } catch (ProfileException e) {
      throw new MojoFailureException(e.getMessage());
    }
  }

  /** The templates, with those named parsed already. */
  private TemplateRenderer templates(List<String> parsedAhead) throws MojoFailureException {
    TemplateRenderer templates;
    try {
      templates = templateDirectory == null ? TemplateRenderer.builtIn()
          : TemplateRenderer.withOverrides(templateDirectory.toPath());
    } catch (TemplateException e) {
      throw new MojoFailureException(e.getMessage());
    }
    templates.parse(parsedAhead);
    return templates;
  }
}
