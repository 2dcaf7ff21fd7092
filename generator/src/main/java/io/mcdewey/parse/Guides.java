package io.mcdewey.parse;

import io.mcdewey.model.Api;
import io.mcdewey.source.GuideDocument;
import io.mcdewey.source.GuideReadException;
import io.mcdewey.source.GuideReader;
import io.mcdewey.source.InputLimit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads every guide an input holds into an {@link Api}: the one call entry points make. */
public final class Guides {
  private final Profiles profiles;
  private final String forcedProfile;
  /** The limit each input file is read within; {@code null} for the one the system or environment sets. */
  private final InputLimit limit;

  /**
   * @param profiles the profiles to choose from
   * @param forcedProfile the name of the profile to use for every guide, or {@code null} to detect it per guide
   */
  public Guides(Profiles profiles, String forcedProfile) throws ProfileException {
    this(profiles, forcedProfile, null);
    if (forcedProfile != null && profiles.named(forcedProfile).isEmpty()) {
      throw new ProfileException("unknown profile '" + forcedProfile + "'; known: "
          + String.join(", ", profiles.all().stream().map(Profile::name).toList()));
    }
  }

  private Guides(Profiles profiles, String forcedProfile, InputLimit limit) {
    this.profiles = profiles;
    this.forcedProfile = forcedProfile;
    this.limit = limit;
  }

  /** These guides, read within {@code inputLimit} rather than the limit the system or environment sets. */
  public Guides within(InputLimit inputLimit) {
    return new Guides(profiles, forcedProfile, inputLimit);
  }

  /** Detects the profile of each guide. */
  public static Guides detecting() {
    try {
      return new Guides(Profiles.builtIn(), null);
    } catch (ProfileException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * A guide's model with the file it was read from, as the user named it.
   *
   * @param file the guide's file: the input itself, or its place inside a library folder
   * @param api the guide's model
   */
  public record Parsed(String file, Api api) {}

  public List<Api> read(Path input) throws GuideReadException {
    return parse(input).stream().map(Parsed::api).toList();
  }

  /** Like {@link #read(Path)}, keeping the file each guide came from, for reports on library folders. */
  public List<Parsed> parse(Path input) throws GuideReadException {
    return parse(input, input.toString());
  }

  /** Like {@link #parse(Path)}, naming the input {@code display} in provenance and messages. */
  public List<Parsed> parse(Path input, String display) throws GuideReadException {
    List<Parsed> parsed = new ArrayList<>();
    GuideParser parser = new GuideParser();
    GuideReader reader = limit == null ? new GuideReader() : new GuideReader(limit);
    for (GuideDocument guide : reader.read(input, display)) {
      try {
        Profile profile = forcedProfile != null ? profiles.named(forcedProfile).orElseThrow() : profiles.detect(guide);
        parsed.add(new Parsed(guide.file(), parser.parse(guide, profile)));
      } catch (ProfilePattern.TooSlow e) {
        throw new GuideReadException(guide.file() + ": cannot be read: " + e.getMessage(), e);
      }
    }
    return parsed;
  }
}
