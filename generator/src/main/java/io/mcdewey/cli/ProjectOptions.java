package io.mcdewey.cli;

import io.mcdewey.codegen.ProjectNaming;
import io.mcdewey.codegen.SdkGenerator;
import io.mcdewey.codegen.ServerFlavour;
import io.mcdewey.model.Api;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The generate command's options that name and shape the project: its package, Maven coordinates and what it holds.
 * They are checked before the guide is read, and a wrong one is told with its reason.
 */
final class ProjectOptions {
  static final Option PACKAGE = Option.valued("package", "PACKAGE",
      "the Java package of the client, required; DTOs go to PACKAGE.model");
  static final Option GROUP_ID = Option.valued("group-id", "ID",
      "the project's Maven group id (default: the package without its last part)");
  static final Option ARTIFACT_ID = Option.valued("artifact-id", "ID",
      "the project's Maven artifact id (default: <product>-sdk)");
  static final Option VERSION = Option.valued("version", "VERSION",
      "the project's version (default: " + SdkGenerator.Options.DEFAULT_VERSION + ")");
  static final Option ARTIFACTS = Option.valued("artifacts", "LIST",
      "what to generate, comma-separated from dtos, client, server (default: dtos,client)");
  static final Option SERVER = Option.valued("server", "FLAVOUR",
      "the server skeleton's flavour: jdk (the JDK's HTTP server, the default) or jax-rs");

  private final String basePackage;
  private final String groupId;
  private final Optional<String> artifactId;
  private final String version;
  private final Set<SdkGenerator.Artifact> artifacts;
  private final ServerFlavour flavour;

  private ProjectOptions(Arguments arguments) throws UsageException {
    basePackage = arguments.required(PACKAGE);
    check(ProjectNaming.packageProblem(basePackage), "");
    Optional<String> givenGroupId = arguments.value(GROUP_ID);
    groupId = givenGroupId.orElse(SdkGenerator.Options.defaultGroupId(basePackage));
    check(ProjectNaming.groupIdProblem(groupId), givenGroupId.isPresent() ? ""
        : " (it is the package without its last part; --group-id sets another)");
    artifactId = arguments.value(ARTIFACT_ID);
    if (artifactId.isPresent()) {
      check(ProjectNaming.artifactIdProblem(artifactId.get()), "");
    }
    version = arguments.value(VERSION).orElse(SdkGenerator.Options.DEFAULT_VERSION);
    check(ProjectNaming.versionProblem(version), "");
    artifacts = artifacts(arguments.value(ARTIFACTS).orElse("dtos,client"));
    String flavourName = arguments.value(SERVER).orElse("jdk");
    flavour = ServerFlavour.named(flavourName).orElseThrow(
        () -> new UsageException("unknown server flavour '" + flavourName + "'; choose jdk or jax-rs"));
  }

  /** Reads and checks the options. */
  static ProjectOptions read(Arguments arguments) throws UsageException {
    return new ProjectOptions(arguments);
  }

  /** The generator's options for the guide's API, whose product names the artifact unless the user did. */
  SdkGenerator.Options forApi(Api api) {
    return new SdkGenerator.Options(basePackage, groupId,
        artifactId.orElse(SdkGenerator.Options.defaultArtifactId(api)), version, artifacts, flavour);
  }

  private static void check(Optional<String> problem, String hint) throws UsageException {
    if (problem.isPresent()) {
      throw new UsageException(problem.get() + hint);
    }
  }

  private static Set<SdkGenerator.Artifact> artifacts(String list) throws UsageException {
    Set<SdkGenerator.Artifact> artifacts = EnumSet.noneOf(SdkGenerator.Artifact.class);
    for (String name : list.split(",", -1)) {
      if (name.isBlank()) {
        throw new UsageException("--artifacts '" + list + "' has an empty name; list what to generate from dtos,"
            + " client, server, such as dtos,client");
      }
      try {
        artifacts.add(SdkGenerator.Artifact.valueOf(name.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new UsageException("unknown artifact '" + name.strip() + "'; choose from dtos, client, server");
      }
    }
    return artifacts;
  }
}
