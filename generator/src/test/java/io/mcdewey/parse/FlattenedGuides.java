package io.mcdewey.parse;

import io.mcdewey.model.Api;
import io.mcdewey.model.Provenance;
import io.mcdewey.source.GuideDocument;
import io.mcdewey.source.Page;
import java.util.ArrayList;
import java.util.List;

/** Builds small flattened guides, page by page, for tests, and reads them with the cisco-finesse profile. */
final class FlattenedGuides {
  static final String FOOTER = "Cisco Acme Developer Guide, Release 1.0";

  private final List<Page> pages = new ArrayList<>();

  static FlattenedGuides guide() {
    return new FlattenedGuides();
  }

  /** Adds page {@code number} with a running footer naming {@code section}. */
  FlattenedGuides page(int number, String text, String section) {
    return raw(number, text + " " + FOOTER + " " + number + " Acme APIs " + section, false);
  }

  /** Adds page {@code number} cut short, without its footer. */
  FlattenedGuides cutPage(int number, String text) {
    return raw(number, text, true);
  }

  private FlattenedGuides raw(int number, String text, boolean cut) {
    String chunkId = "acme::v1::guide::guide::" + number;
    pages.add(new Page(text, new Provenance("guide.jsonl", number, chunkId, pages.size() + 1), false, cut));
    return this;
  }

  Api read() {
    Profile profile = Profiles.builtIn().named("cisco-finesse").orElseThrow();
    return new GuideParser().parse(new GuideDocument("guide.jsonl", "acme", "v1", "guide", null, pages), profile);
  }
}
