package io.mcdewey.maven;

import io.mcdewey.export.OpenApiExport;
import io.mcdewey.model.Api;
import io.mcdewey.model.Diagnostic;
import io.mcdewey.parse.ProfileException;
import io.mcdewey.source.GuideReadException;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes an OpenAPI 3.1 description of the REST API a developer guide documents.
 *
 * <p>The guide is read with a vendor profile, detected or named, and every oddity met while reading is logged with
 * the file, page and line it concerns. Operations whose method or path the guide does not show are left out of the
 * paths and listed under the {@code x-mcdewey-unplaced} extension.
 */
@Mojo(name = "openapi", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class OpenApiMojo extends AbstractMojo {

  /**
   * The guide to read: a markdown file, a web page ({@code .html}, {@code .htm}), or a chunk export ({@code .jsonl},
   * one page chunk per line) holding a single guide. A relative path is taken from the project's directory.
   */
  @Parameter(property = "mcdewey.guide", required = true)
  private File guide;

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
   * The file to write the description to, replaced at once when complete. A name ending in {@code .json} gives
   * JSON; any other name gives YAML.
   */
  @Parameter(property = "mcdewey.outputFile", required = true,
      defaultValue = "${project.build.directory}/openapi/${project.artifactId}.yaml")
  private File outputFile;

  /** Skips the goal. */
  @Parameter(property = "mcdewey.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("McDewey is skipped (mcdewey.skip)");
      return;
    }
    Api api = read();
    for (Diagnostic diagnostic : api.diagnostics()) {
      GuideReading.log(getLog(), diagnostic);
    }
    boolean json = outputFile.getName().toLowerCase(Locale.ROOT).endsWith(".json");
    GoalOutput.write(outputFile, json ? OpenApiExport.toJson(api) : OpenApiExport.toYaml(api), "description",
        Arrays.asList(guide, profileFile));
    int operations = api.operations().size();
    getLog().info("Described " + operations + (operations == 1 ? " operation" : " operations") + " of " + guide
        + " in " + outputFile);
  }

  private Api read() throws MojoFailureException {
    List<Api> apis;
    try {
      apis = GuideReading.guides(profile, profileFile).read(guide.toPath());
    } catch (ProfileException e) {
      throw new MojoFailureException(guide + ": " + e.getMessage());
    } catch (GuideReadException e) {
      throw new MojoFailureException(e.getMessage());
    }
    if (apis.size() != 1) {
      throw new MojoFailureException(guide + ": holds " + apis.size() + " guides; the openapi goal describes one,"
          + " so point 'guide' at a markdown guide or at a chunk export of a single guide");
    }
    return apis.get(0);
  }

}
