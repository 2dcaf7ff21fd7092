package io.mcdewey.parse;

import io.mcdewey.files.FileErrors;
import io.mcdewey.source.GuideDocument;
import io.mcdewey.source.InputLimit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The built-in profiles, profile files, and detection of the profile a guide is written in. */
public final class Profiles {

  /** The profile used when no other one matches: ordinary markdown API documentation. */
  public static final String FALLBACK = "generic-markdown";

  private static final List<String> BUILT_IN = List.of("cisco-finesse", FALLBACK);

  private final List<Profile> profiles;

  private Profiles(List<Profile> profiles) {
    this.profiles = List.copyOf(profiles);
  }

  /** The profiles shipped with McDewey. */
  public static Profiles builtIn() {
    List<Profile> loaded = new ArrayList<>();
    for (String name : BUILT_IN) {
      String resource = "/io/mcdewey/profiles/" + name + ".json";
      try (InputStream in = Profiles.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("built-in profile missing from the jar: " + resource);
        }
        loaded.add(Profile.builtInFromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (ProfileException e) {
        throw new IllegalStateException("built-in profile is broken: " + e.getMessage(), e);
      }
    }
    return new Profiles(loaded);
  }

  /** These profiles plus one read from a file, which takes precedence over a built-in one of the same name. */
  public Profiles with(Path file) throws ProfileException {
    String json;
    try {
      json = InputLimit.readText(file);
    } catch (IOException e) {
      throw new ProfileException(file + ": cannot read profile: " + FileErrors.reason(e));
    }
    Profile added = Profile.fromJson(json, file.toString());
    List<Profile> merged = new ArrayList<>();
    merged.add(added);
    profiles.stream().filter(p -> !p.name().equals(added.name())).forEach(merged::add);
    return new Profiles(merged);
  }

  public List<Profile> all() {
    return profiles;
  }

  public Optional<Profile> named(String name) {
    return profiles.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * The profile whose detection markers occur most in the guide (at least two, when it has two); the fallback
   * when none qualifies. Markers vote once each, so a long guide does not outvote a precise profile.
   */
  public Profile detect(GuideDocument guide) {
    String text = guide.allText();
    // Folded once for all markers, each of which looks for its required text first.
    String folded = null;
    Profile best = null;
    int bestVotes = 0;
    for (Profile profile : profiles) {
      int votes = 0;
      for (ProfilePattern marker : profile.detectMarkers()) {
        folded = folded == null ? RequiredText.folded(text) : folded;
        if (marker.find(text, folded)) {
          votes++;
        }
      }
      if (votes > bestVotes && votes >= Math.min(2, profile.detectMarkers().size())) {
        best = profile;
        bestVotes = votes;
      }
    }
    if (best != null) {
      return best;
    }
    return named(FALLBACK).orElseGet(() -> profiles.get(profiles.size() - 1));
  }
}
