package io.mcdewey.maven;

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
import io.mcdewey.parse.ProfileException;
import java.io.File;
import java.util.ArrayList;
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
 * Compares two releases of a developer guide and fails the build when a change is at or above a severity: a gate
 * against breaking an API's clients unnoticed.
 *
 * <p>Every change is logged at the level of its severity, and reports may be written as markdown (for a
 * pull-request comment), JSON (for programs) and HTML. The change kinds, their default severities and the JSON
 * report are documented in McDewey's {@code docs/diff.md}.
 */
@Mojo(name = "diff", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class DiffMojo extends AbstractMojo {

  /**
   * The release compared from: a markdown guide, a web page ({@code .html}), a chunk export ({@code .jsonl}) or a
   * library folder holding one guide, or a model written by {@code mcdewey model} ({@code .json}). A relative path
   * is taken from the project's directory.
   */
  @Parameter(property = "mcdewey.oldGuide", required = true)
  private File oldGuide;

  /** The release compared to, in any of the forms {@code oldGuide} takes. */
  @Parameter(property = "mcdewey.newGuide", required = true)
  private File newGuide;

  /**
   * The name of the vendor profile to read both guides with, such as {@code cisco-finesse}. When not set, the
   * profile is detected from each guide's text.
   */
  @Parameter(property = "mcdewey.profile")
  private String profile;

  /** A vendor profile in a JSON file, added to the built-in ones; it replaces a built-in one of the same name. */
  @Parameter(property = "mcdewey.profileFile")
  private File profileFile;

  /**
   * The least severity of change that fails the build: {@code ERROR}, {@code WARNING}, {@code INFO}, or
   * {@code NONE} to only report.
   */
  @Parameter(property = "mcdewey.failOn", defaultValue = "ERROR")
  private String failOn;

  /**
   * Which breaks of the SDK McDewey generates fail the build, whatever their severity on the wire: {@code BINARY}
   * (a change may break binary compatibility), {@code SOURCE} (source compatibility), or {@code NONE}.
   */
  @Parameter(property = "mcdewey.failOnSdk", defaultValue = "NONE")
  private String failOnSdk;

  /** A JSON file setting the severity of change kinds, replacing their defaults. */
  @Parameter(property = "mcdewey.diffConfig")
  private File diffConfig;

  /** Where to write the report as markdown, fit for a pull-request comment; not written when not set. */
  @Parameter(property = "mcdewey.markdownReport")
  private File markdownReport;

  /** Where to write the report as JSON; not written when not set. */
  @Parameter(property = "mcdewey.jsonReport")
  private File jsonReport;

  /** Where to write the report as a standalone HTML page; not written when not set. */
  @Parameter(property = "mcdewey.htmlReport")
  private File htmlReport;

  /** Skips the goal. */
  @Parameter(property = "mcdewey.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("McDewey is skipped (mcdewey.skip)");
      return;
    }
    FailOn gate = FailOn.named(failOn == null ? "" : failOn).orElseThrow(() -> new MojoFailureException(
        "failOn must be " + FailOn.names() + ", not '" + failOn + "'"));
    FailOnSdk sdkGate = FailOnSdk.named(failOnSdk == null ? "" : failOnSdk).orElseThrow(
        () -> new MojoFailureException("failOnSdk must be " + FailOnSdk.names() + ", not '" + failOnSdk + "'"));
    DiffConfig config = config();
    Guides guides = guides();
    DiffReport report = DiffReport.of(release(oldGuide, guides), release(newGuide, guides), config);

    getLog().info("API changes from " + report.oldRelease().label() + " to " + report.newRelease().label() + ": "
        + report.tally() + (report.changes().isEmpty() ? "" : "; " + report.impact()));
    report.changes().forEach(this::log);
    write(markdownReport, ReportFormat.MARKDOWN, report);
    write(jsonReport, ReportFormat.JSON, report);
    write(htmlReport, ReportFormat.HTML, report);

    List<Change> failing = gate.failing(report.changes());
    List<Change> breakingSdk = sdkGate.failing(report.changes());
    List<String> reasons = new ArrayList<>();
    if (!failing.isEmpty()) {
      reasons.add(counted(failing) + " at or above " + gate.name().toLowerCase(Locale.ROOT) + " (failOn "
          + gate.name() + ")");
    }
    if (!breakingSdk.isEmpty()) {
      reasons.add(counted(breakingSdk) + " that may break the " + sdkGate.name().toLowerCase(Locale.ROOT)
          + " compatibility of the generated SDK (failOnSdk " + sdkGate.name() + ")");
    }
    if (!reasons.isEmpty()) {
      throw new MojoFailureException(String.join(" and ", reasons) + " from " + report.oldRelease().label() + " to "
          + report.newRelease().label());
    }
  }

  private static String counted(List<Change> changes) {
    return changes.size() + (changes.size() == 1 ? " change" : " changes");
  }

  private DiffConfig config() throws MojoFailureException {
    if (diffConfig == null) {
      return DiffConfig.defaults();
    }
    try {
      return DiffConfig.read(diffConfig.toPath());
    } catch (DiffConfigException e) {
      throw new MojoFailureException(e.getMessage());
    }
  }

  private Guides guides() throws MojoFailureException {
    try {
      return GuideReading.guides(profile, profileFile);
    } catch (ProfileException e) {
      throw new MojoFailureException(e.getMessage());
    }
  }

  private static Release release(File input, Guides guides) throws MojoFailureException {
    try {
      return Release.read(input.toPath(), guides);
    } catch (DiffInputException e) {
      throw new MojoFailureException(e.getMessage());
    }
  }

  private void log(Change change) {
    String line = change.subject().describe() + ": " + change.summary();
    switch (change.severity()) {
      case ERROR -> getLog().error(line);
      case WARNING -> getLog().warn(line);
      case INFO -> getLog().info(line);
    }
  }

  private void write(File file, ReportFormat format, DiffReport report)
      throws MojoExecutionException, MojoFailureException {
    if (file == null) {
      return;
    }
    GoalOutput.write(file, format.render(report), format.optionName() + " report",
        Arrays.asList(oldGuide, newGuide, profileFile, diffConfig));
    getLog().info("Wrote " + file);
  }
}
