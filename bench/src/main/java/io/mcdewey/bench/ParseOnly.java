package io.mcdewey.bench;

/**
 * Detects the profile of guides already read into memory and parses them: {@link ReadAndParse} without the file
 * reading, so that the share of reading shows.
 */
final class ParseOnly implements Case {
  private final GuideFile input;
  private GuidesInMemory guides;

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
    guides = new GuidesInMemory(input);
  }

  @Override
  public int run() {
    return guides.parse().stream().mapToInt(api -> api.operations().size()).sum();
  }
}
