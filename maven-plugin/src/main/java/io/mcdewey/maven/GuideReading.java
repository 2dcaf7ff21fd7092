package io.mcdewey.maven;

import io.mcdewey.model.Diagnostic;
import io.mcdewey.parse.Guides;
import io.mcdewey.parse.ProfileException;
import io.mcdewey.parse.Profiles;
import java.io.File;
import org.apache.maven.plugin.logging.Log;

/** What the goals reading guides share: the profile parameters, and reporting what reading met. */
final class GuideReading {
  private GuideReading() {}

  /**
   * The guide reader the parameters ask for.
   *
   * @param profile the profile to read every guide with, or {@code null} or blank to detect it per guide
   * @param profileFile a profile to add to the built-in ones, or {@code null}
   */
  static Guides guides(String profile, File profileFile) throws ProfileException {
    Profiles profiles = Profiles.builtIn();
    if (profileFile != null) {
      profiles = profiles.with(profileFile.toPath());
    }
    return new Guides(profiles, profile == null || profile.isBlank() ? null : profile.strip());
  }

  /** Logs a diagnostic at its severity's level, with the file and page or line it concerns. */
  static void log(Log log, Diagnostic diagnostic) {
    String line = diagnostic.location().describe() + ": " + diagnostic.message() + " [" + diagnostic.code() + "]";
    switch (diagnostic.severity()) {
      case ERROR -> log.error(line);
      case WARNING -> log.warn(line);
      case INFO -> log.info(line);
    }
  }
}
