package io.mcdewey.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import io.mcdewey.parse.GuideParser;
import io.mcdewey.parse.Profile;
import io.mcdewey.parse.Profiles;
import io.mcdewey.source.GuideDocument;
import io.mcdewey.source.GuideReader;
import io.mcdewey.testing.Golden;
import io.mcdewey.testing.Repository;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The two sample releases of the Northwind guide: their reports, and the properties every diff has. */
class SampleReleasesTest {
  static final String OLD = "samples/diff/guides/northwind/v4.0/contact-center-guide/contact-center-guide.md";
  static final String NEW = "samples/diff/guides/northwind/v4.1/contact-center-guide/contact-center-guide.md";
  private static final String PROFILE = "samples/guides/northwind/northwind-profile.json";

  private final DiffReport report = DiffReport.of(read(OLD), read(NEW), DiffConfig.defaults());

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void reportsMatchTheirGoldens(ReportFormat format) {
    Golden.assertMatches("diff/northwind-v4.0-v4.1" + format.extension(), format.render(report));
  }

  @Test
  void theReleasesDifferInEveryKindOfChange() {
    Set<ChangeKind> found = EnumSet.noneOf(ChangeKind.class);
    report.changes().forEach(change -> found.add(change.kind()));

    assertEquals(EnumSet.allOf(ChangeKind.class), found);
  }

  @Test
  void readBackwardsTheDiffMirrors() {
    DiffReport backwards = DiffReport.of(report.newRelease(), report.oldRelease(), DiffConfig.defaults());

    Mirror.assertMirrors(report.changes(), backwards.changes());
  }

  @ParameterizedTest
  @ValueSource(strings = {OLD, NEW, "samples/guides/northwind/contact-center-guide.md",
      "samples/guides/northwind/contact-center-guide.jsonl",
      "samples/guides/northwind-markdown/contact-center-guide.md"})
  void aSampleGuideHasNoChangeAgainstItself(String guide) {
    Api api = read(guide).api();

    assertEquals(List.of(), ApiDiff.withDefaults().compare(api, api));
  }

  @Test
  void theInputFormsOfOneReleaseHaveNoChangeBetweenThem() {
    Api markdown = read("samples/guides/northwind/contact-center-guide.md").api();
    Api chunks = read("samples/guides/northwind/contact-center-guide.jsonl").api();

    assertEquals(List.of(), ApiDiff.withDefaults().compare(markdown, chunks));
  }

  /** Reads a sample with its provenance relative to the repository, so that goldens do not depend on a checkout. */
  static Release read(String relative) {
    try {
      GuideReader reader = new GuideReader();
      GuideDocument guide = relative.endsWith(".jsonl")
          ? reader.readChunkExport(Repository.file(relative), relative).get(0)
          : reader.readMarkdown(Repository.file(relative), relative);
      Profile profile = Profiles.builtIn().with(Repository.file(PROFILE)).detect(guide);
      return new Release(relative, new GuideParser().parse(guide, profile));
    } catch (Exception e) {
      throw new AssertionError("cannot read the sample " + relative, e);
    }
  }
}
