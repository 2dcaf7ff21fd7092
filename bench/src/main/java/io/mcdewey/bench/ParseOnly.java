package io.mcdewey.bench;

import io.mcdewey.parse.GuideParser;
import io.mcdewey.parse.Profiles;
import io.mcdewey.source.GuideDocument;
import io.mcdewey.source.GuideReader;
import java.util.List;

/**
 * Detects the profile of guides already read into memory and parses them: {@link ReadAndParse} without the file
 * reading, so that the share of reading shows.
 */
final class ParseOnly implements Case {
  private final GuideFile input;
  private List<GuideDocument> documents;
  private Profiles profiles;

  ParseOnly(GuideFile input) {
    this.input = input;
  }

  @Override
  public GuideFile input() {
    return input;
  }

  @Override
  public String task() {
    return "parse only";
  }

  @Override
  public void setUp() throws Exception {
    documents = new GuideReader().read(input.path());
    profiles = Profiles.builtIn();
  }

  @Override
  public int run() {
    GuideParser parser = new GuideParser();
    int operations = 0;
    for (GuideDocument document : documents) {
      operations += parser.parse(document, profiles.detect(document)).operations().size();
    }
    return operations;
  }
}
