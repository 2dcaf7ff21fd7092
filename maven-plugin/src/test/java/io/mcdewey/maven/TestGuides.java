package io.mcdewey.maven;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The guides tests read: small ones of their own, and the repository's samples. */
final class TestGuides {
  private TestGuides() {}

  private static final Path REPOSITORY = Path.of(System.getProperty("mcdewey.repo", ".."));

  /** A guide of the tests' resources, {@code src/test/resources/guides/<name>}. */
  static File resource(String name) {
    try {
      return Path.of(TestGuides.class.getResource("/guides/" + name).toURI()).toFile();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A file of the repository, such as {@code samples/guides/northwind/northwind-profile.json}. */
  static File sample(String relative) {
    return REPOSITORY.resolve(relative).toFile();
  }
}
