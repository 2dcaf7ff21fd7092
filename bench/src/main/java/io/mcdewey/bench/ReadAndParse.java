package io.mcdewey.bench;

import io.mcdewey.parse.Guides;

/** Reads a guide file and parses it, as the command-line tool does. */
final class ReadAndParse implements Case {
  private final GuideFile input;
  private Guides guides;

  ReadAndParse(GuideFile input) {
    this.input = input;
  }

  @Override
  public GuideFile input() {
    return input;
  }

  @Override
  public String task() {
    return "read + parse";
  }

  @Override
  public void setUp() {
    guides = Guides.detecting();
  }

  @Override
  public int run() throws Exception {
    return guides.parse(input.path()).stream().mapToInt(parsed -> parsed.api().operations().size()).sum();
  }
}
