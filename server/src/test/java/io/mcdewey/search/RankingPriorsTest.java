package io.mcdewey.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.model.Operation;
import io.mcdewey.model.Provenance;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What ranking knows beyond the words of an entry: how complete an endpoint is, and a library's abbreviations. */
class RankingPriorsTest {
  @TempDir
  Path folder;

  @Test
  void completeEndpointsComeBeforeFragmentsAndUntitledFragmentsLast() {
    float complete = IndexEntry.prior(operation("Call—Make a Call", "POST", "/calls", true));
    float incomplete = IndexEntry.prior(operation("Call—Make a Call", "POST", "/calls", false));
    float noMethod = IndexEntry.prior(operation("Call—Make a Call", null, "/calls", false));
    float nothing = IndexEntry.prior(operation("Call—Consult", null, null, false));
    float untitled = IndexEntry.prior(operation("", "POST", "/calls", false));
    assertEquals(1f, complete);
    assertTrue(complete > incomplete && incomplete > noMethod && noMethod > nothing && nothing > untitled);
    assertTrue(nothing > 0.95f, "a fragment only loses ties");
  }

  @Test
  void abbreviationsAreLearntWhereAGuideSpellsThemOut() throws Exception {
    Path guide = folder.resolve("acme/v1/guide/guide.md");
    Files.createDirectories(guide.getParent());
    Files.writeString(guide, "# Guide\n\nSingle Sign-On (SSO) lets users sign in once. A Media Routing Domain (MRD)"
        + " groups tasks. The Remote Agent Bridge (XYZ) is unrelated.\n");
    Abbreviations abbreviations = Abbreviations.learn(Library.read(folder));
    assertEquals("get an SSO token (Single Sign On)", abbreviations.expand("get an SSO token"));
    assertEquals("MRD state (Media Routing Domain)", abbreviations.expand("MRD state"));
    assertEquals("XYZ", abbreviations.expand("XYZ"));
  }

  private static Operation operation(String title, String method, String path, boolean complete) {
    return Operation.builder("op", new Provenance("guide.md", null, null, 1)).title(title).method(method).path(path)
        .complete(complete).build();
  }
}
