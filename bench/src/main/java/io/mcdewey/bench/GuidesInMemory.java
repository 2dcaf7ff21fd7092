package io.mcdewey.bench;

import io.mcdewey.model.Api;
import io.mcdewey.parse.GuideParser;
import io.mcdewey.parse.Profiles;
import io.mcdewey.source.GuideDocument;
import io.mcdewey.source.GuideReader;
import java.util.ArrayList;
import java.util.List;

/** The guides of a file, read once, for cases that time the work after reading. */
final class GuidesInMemory {
  private final List<GuideDocument> documents;
  private final Profiles profiles = Profiles.builtIn();

  GuidesInMemory(GuideFile input) throws Exception {
    this.documents = new GuideReader().read(input.path());
  }

  /** Detects each guide's profile and parses it. */
  List<Api> parse() {
    GuideParser parser = new GuideParser();
    List<Api> apis = new ArrayList<>();
    for (GuideDocument document : documents) {
      apis.add(parser.parse(document, profiles.detect(document)));
    }
    return apis;
  }

  List<GuideDocument> documents() {
    return documents;
  }
}
