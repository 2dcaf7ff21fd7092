package io.mcdewey.codegen;

import com.palantir.javapoet.JavaFile;
import io.mcdewey.codegen.client.CallSnippet;
import io.mcdewey.codegen.client.ClientWriter;
import io.mcdewey.codegen.dto.DtoWriter;
import io.mcdewey.codegen.output.GeneratedFile;
import io.mcdewey.codegen.server.ServerWriter;
import io.mcdewey.codegen.templates.SdkPomVars;
import io.mcdewey.codegen.templates.SdkReadmeVars;
import io.mcdewey.codegen.templates.TemplateException;
import io.mcdewey.codegen.templates.TemplateRenderer;
import io.mcdewey.model.Api;
import io.mcdewey.model.Provenance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Generates a complete Maven project holding a guide's SDK: the DTOs and the client (JavaPoet), and the project's
 * build file and README (Velocity templates, which users may override). Output is deterministic: the same model and
 * options give byte-identical files.
 */
public final class SdkGenerator {

  /** What the SDK holds; the client and the server both need the DTOs, which come with either. */
  public enum Artifact {
    DTOS,
    CLIENT,
    SERVER
  }

  /**
   * What to generate and how to name it.
   *
   * @param basePackage the client's package; DTOs go to its {@code model} subpackage, the server to {@code server}
   * @param groupId the generated project's Maven group id
   * @param artifactId the generated project's Maven artifact id
   * @param version the generated project's version
   * @param artifacts what to generate
   * @param serverFlavour the server skeleton's flavour, when {@link Artifact#SERVER} is generated
   */
  public record Options(String basePackage, String groupId, String artifactId, String version,
      Set<Artifact> artifacts, ServerFlavour serverFlavour) {

    /**
     * @throws IllegalArgumentException naming the reason when the package or a coordinate is not one a project can
     *     have
     */
    public Options {
      Objects.requireNonNull(basePackage, "basePackage");
      Objects.requireNonNull(groupId, "groupId");
      Objects.requireNonNull(artifactId, "artifactId");
      Objects.requireNonNull(version, "version");
      artifacts = artifacts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(artifacts));
      Objects.requireNonNull(serverFlavour, "serverFlavour");
      for (Optional<String> problem : List.of(ProjectNaming.packageProblem(basePackage),
          ProjectNaming.groupIdProblem(groupId), ProjectNaming.artifactIdProblem(artifactId),
          ProjectNaming.versionProblem(version))) {
        if (problem.isPresent()) {
          throw new IllegalArgumentException(problem.get());
        }
      }
    }

    /**
     * Options naming the project after the package and the API ({@code com.example} / {@code finesse-sdk}) and
     * generating the DTOs and the client.
     */
    public static Options defaults(String basePackage, Api api) {
      return new Options(basePackage, defaultGroupId(basePackage), defaultArtifactId(api), DEFAULT_VERSION,
          EnumSet.of(Artifact.DTOS, Artifact.CLIENT), ServerFlavour.JDK_HTTP_SERVER);
    }

    /** The version a project has unless told otherwise. */
    public static final String DEFAULT_VERSION = "1.0.0-SNAPSHOT";

    /** The group id a project has unless told otherwise: the package without its last part. */
    public static String defaultGroupId(String basePackage) {
      int lastDot = basePackage.lastIndexOf('.');
      return lastDot > 0 ? basePackage.substring(0, lastDot) : basePackage;
    }

    /** The artifact id a project has unless told otherwise: the API's product and {@code -sdk}. */
    public static String defaultArtifactId(Api api) {
      String product = api.product().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
      return (product.isEmpty() ? "api" : product) + "-sdk";
    }

    public Options with(Set<Artifact> newArtifacts, ServerFlavour flavour) {
      return new Options(basePackage, groupId, artifactId, version, newArtifacts, flavour);
    }
  }

  private final TemplateRenderer templates;

  public SdkGenerator(TemplateRenderer templates) {
    this.templates = templates;
  }

  /**
   * The project's files, sorted by path.
   *
   * @param api the model
   * @param guide the guide's file as the user named it, for comments and the README
   * @throws IllegalArgumentException when the package is not a Java package name
   * @throws TemplateException when a (user) template cannot be rendered
   * @throws JvmLimitException when the guide is too large for a class or method of its SDK
   */
  public List<GeneratedFile> generate(Api api, String guide, Options options)
      throws TemplateException, JvmLimitException {
    SdkSymbols symbols = SdkSymbols.of(api, options.basePackage());
    List<GeneratedFile> files = new ArrayList<>();
    for (GeneratedFile source : sources(symbols, options)) {
      files.add(new GeneratedFile(SOURCE_ROOT + source.path(), source.content()));
    }
    String name = displayName(api);
    boolean jaxRs = options.artifacts().contains(Artifact.SERVER) && options.serverFlavour() == ServerFlavour.JAX_RS;
    files.add(new GeneratedFile("pom.xml", templates.render(new SdkPomVars(XmlEscapes.text(options.groupId()),
        XmlEscapes.text(options.artifactId()), XmlEscapes.text(options.version()), XmlEscapes.text(name),
        XmlEscapes.text("A Java client for " + name + ", generated by McDewey."), XmlEscapes.textOrComment(guide),
        jaxRs))));
    files.add(new GeneratedFile("README.md", templates.render(readme(symbols, name, guide))));
    files.sort(Comparator.comparing(GeneratedFile::path));
    return files;
  }

  /**
   * Only the Java sources, with paths relative to a source root, sorted: what a build step adds to the project
   * being built.
   */
  public List<GeneratedFile> sources(Api api, Options options) throws TemplateException, JvmLimitException {
    return sources(SdkSymbols.of(api, options.basePackage()), options);
  }

  private List<GeneratedFile> sources(SdkSymbols symbols, Options options)
      throws TemplateException, JvmLimitException {
    Set<Artifact> artifacts = options.artifacts();
    JvmLimits.check(symbols, artifacts, options.serverFlavour());
    List<GeneratedFile> files = new ArrayList<>();
    if (!artifacts.isEmpty()) {
      DtoWriter.files(symbols).forEach(source -> files.add(javaFile(source)));
    }
    if (artifacts.contains(Artifact.CLIENT)) {
      ClientWriter.files(symbols).forEach(source -> files.add(javaFile(source)));
    }
    if (artifacts.contains(Artifact.SERVER)) {
      for (GeneratedFile file : ServerWriter.files(symbols, templates, options.serverFlavour())) {
        files.add(new GeneratedFile(file.path().substring(SOURCE_ROOT.length()), file.content()));
      }
    }
    files.sort(Comparator.comparing(GeneratedFile::path));
    return files;
  }

  private static final String SOURCE_ROOT = "src/main/java/";

  private static GeneratedFile javaFile(JavaFile source) {
    String directory = source.packageName().isEmpty() ? "" : source.packageName().replace('.', '/') + "/";
    return new GeneratedFile(directory + source.typeSpec().name() + ".java", source.toString());
  }

  private static String displayName(Api api) {
    String product = api.product().isEmpty() ? api.title() : api.product();
    String name = product.isEmpty() ? "API" : product;
    return api.version().isEmpty() ? name : name + " " + api.version();
  }

  private static SdkReadmeVars readme(SdkSymbols symbols, String name, String guide) {
    List<SdkReadmeVars.Operation> operations = new ArrayList<>();
    for (GroupSymbol group : symbols.groups()) {
      for (OperationSymbol operation : group.operations()) {
        operations.add(new SdkReadmeVars.Operation(group.group(), operation.operation().method(),
            operation.operation().path(), CallSnippet.expression(group, operation),
            where(operation.operation().source())));
      }
    }
    Api api = symbols.api();
    String baseUrl = api.baseUri().isEmpty() ? "https://api.example.com"
        : api.baseUri().replaceAll("\\{([^}]+)}", "$1").replace("FQDN", "server.example.com");
    String exampleCall = symbols.groups().stream()
        .flatMap(group -> group.operations().stream().map(operation -> CallSnippet.statement(group, operation)))
        .findFirst().orElse("");
    String exampleWithResponse = symbols.groups().stream()
        .flatMap(group -> group.operations().stream()
            .map(operation -> CallSnippet.withResponse(symbols, group, operation)))
        .findFirst().orElse("");
    List<OperationSymbol> all = symbols.groups().stream().flatMap(group -> group.operations().stream()).toList();
    String exampleRequest = all.stream().filter(operation -> operation.requestBody() != null).findFirst()
        .or(() -> all.stream().findFirst()).map(operation -> CallSnippet.byHand(symbols, operation)).orElse("");
    return new SdkReadmeVars(name, api.title().isEmpty() ? name : api.title(), guide,
        symbols.client().simpleName(), symbols.apiException().simpleName(), baseUrl, exampleCall,
        symbols.response().simpleName(), exampleWithResponse, symbols.request().simpleName(), exampleRequest,
        operations, symbols.omissions());
  }

  private static String where(Provenance source) {
    List<String> parts = new ArrayList<>();
    if (source.page() != null) {
      parts.add("page " + source.page());
    }
    if (source.chunkId() != null) {
      parts.add("chunk `" + source.chunkId() + "`");
    }
    if (parts.isEmpty() && source.line() > 0) {
      parts.add("line " + source.line());
    }
    return String.join(", ", parts);
  }
}
