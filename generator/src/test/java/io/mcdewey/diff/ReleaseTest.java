package io.mcdewey.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.export.ModelJson;
import io.mcdewey.model.Api;
import io.mcdewey.parse.Guides;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseTest {
  @TempDir
  Path dir;

  @Test
  void aModelFileReadsIntoTheSameModelAsItsGuide() throws Exception {
    Path guide = dir.resolve("guide.md");
    Files.writeString(guide, "# Widgets\n\n## Get Widget\n\nGET /widgets/{id}\n");
    Release fromGuide = Release.read(guide, Guides.detecting());
    Path model = dir.resolve("guide.model.json");
    Files.writeString(model, ModelJson.write(fromGuide.api()));

    Release fromModel = Release.read(model, Guides.detecting());

    assertEquals(model.toString(), fromModel.file());
    assertEquals(List.of(), ApiDiff.withDefaults().compare(fromGuide.api(), fromModel.api()));
  }

  @Test
  void aFileThatIsNoModelIsAnErrorNamingIt() throws Exception {
    Path model = dir.resolve("other.json");
    Files.writeString(model, "{\"openapi\": \"3.1.0\"}");

    DiffInputException e = assertThrows(DiffInputException.class, () -> Release.read(model, Guides.detecting()));

    assertTrue(e.getMessage().startsWith(model + ": not a McDewey model: "), e.getMessage());
  }

  @Test
  void aLibraryHoldingSeveralGuidesIsNoRelease() throws Exception {
    for (String version : List.of("v1", "v2")) {
      Path guide = dir.resolve("widgets/" + version + "/guide/guide.md");
      Files.createDirectories(guide.getParent());
      Files.writeString(guide, "# Widgets\n");
    }

    DiffInputException e = assertThrows(DiffInputException.class, () -> Release.read(dir, Guides.detecting()));

    assertEquals(dir + ": holds 2 guides; a release is one guide, so give the path of one of them", e.getMessage());
  }

  @Test
  void aMissingInputIsAnErrorNamingIt() {
    Path absent = dir.resolve("absent.md");

    DiffInputException e = assertThrows(DiffInputException.class, () -> Release.read(absent, Guides.detecting()));

    assertEquals(absent + ": no such file or directory", e.getMessage());
  }

  @Test
  void aReleaseIsLabelledByProductAndVersionWhenTheInputGivesThem() {
    Api named = new Api("northwind", "v4.1", "", "", "", List.of(), List.of(), List.of());
    Api anonymous = new Api("", "", "", "", "", List.of(), List.of(), List.of());

    assertEquals("northwind v4.1", new Release("guide.md", named).label());
    assertEquals("guide.md", new Release("guide.md", anonymous).label());
  }
}
