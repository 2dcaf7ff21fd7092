package io.mcdewey.maven;

import static io.mcdewey.maven.MojoParameters.set;
import static io.mcdewey.maven.TestGuides.sample;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/** The generate goal configured as a project would, for tests. */
final class GenerateMojos {
  private GenerateMojos() {}

  static final Path LIBRARY = sample("samples/guides/library").toPath();
  static final File GUIDE = LIBRARY.resolve("northwind/v3.1/contact-center-guide/contact-center-guide.md").toFile();
  static final File PROFILE = sample("samples/guides/northwind/northwind-profile.json");

  /**
   * The goal generating the Northwind sample's DTOs and client, with every other default.
   *
   * @param target the project's build directory: the sources go to {@code generated-sources/mcdewey} in it
   */
  static GenerateMojo northwind(Path target, MavenProject project, Log log) throws ReflectiveOperationException {
    GenerateMojo mojo = new GenerateMojo();
    set(mojo, "guide", GUIDE);
    set(mojo, "profileFile", PROFILE);
    set(mojo, "packageName", "com.example.northwind");
    set(mojo, "generateDtos", true);
    set(mojo, "generateClient", true);
    set(mojo, "serverFlavour", "jdk");
    set(mojo, "outputDirectory", sources(target).toFile());
    set(mojo, "addCompileSourceRoot", true);
    set(mojo, "stateDirectory", target.resolve("mcdewey").toFile());
    set(mojo, "project", project);
    mojo.setLog(log);
    return mojo;
  }

  static Path sources(Path target) {
    return target.resolve("generated-sources/mcdewey");
  }
}
