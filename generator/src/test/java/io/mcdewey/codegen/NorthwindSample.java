package io.mcdewey.codegen;

import io.mcdewey.model.Api;
import io.mcdewey.parse.GuideParser;
import io.mcdewey.parse.Profiles;
import io.mcdewey.source.GuideDocument;
import io.mcdewey.source.GuideReader;
import io.mcdewey.testing.Repository;

/** The project's flattened sample guide and the SDK symbols generated from it. */
final class NorthwindSample {
  static final String GUIDE = "samples/guides/northwind/contact-center-guide.md";
  static final String PROFILE = "samples/guides/northwind/northwind-profile.json";
  static final String BASE_PACKAGE = "com.example.northwind";

  private NorthwindSample() {}

  /** The sample read with its provenance relative to the repository, so output does not depend on a checkout. */
  static Api api() throws Exception {
    GuideDocument guide = new GuideReader().readMarkdown(Repository.file(GUIDE), GUIDE);
    Profiles profiles = Profiles.builtIn().with(Repository.file(PROFILE));
    return new GuideParser().parse(guide, profiles.detect(guide));
  }

  static SdkSymbols symbols() throws Exception {
    return SdkSymbols.of(api(), BASE_PACKAGE);
  }
}
