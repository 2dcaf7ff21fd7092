package io.mcdewey.maven;

import static io.mcdewey.maven.MojoParameters.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the generate goal never does: leave a half-written output, overwrite the user's files, hide a reason. */
class GenerateMojoSafetyTest {
  private static final String CLIENT = "com/example/northwind/NorthwindClient.java";

  @TempDir
  Path target;

  private final RecordingLog log = new RecordingLog();

  @Test
  void theOutputOfARunKilledHalfWayIsRestoredBeforeItIsFoundUpToDate() throws Exception {
    GenerateMojos.northwind(target, new MavenProject(), log).execute();
    Path sources = GenerateMojos.sources(target);
    String client = Files.readString(sources.resolve(CLIENT));
    killedHalfWayThroughReplacing(sources, CLIENT, "class NorthwindClient { half of a new version }");
    log.lines.clear();

    GenerateMojos.northwind(target, new MavenProject(), log).execute();

    assertEquals(client, Files.readString(sources.resolve(CLIENT)));
    assertEquals(List.of("info: McDewey: " + sources + " is restored after a run that was stopped",
        "info: McDewey: " + sources + " is up to date with " + GenerateMojos.GUIDE), log.lines);
    assertFalse(Files.exists(sources.resolve(".mcdewey-run")));
  }

  @Test
  void neverOverwritesASourceOfTheUsersUnlessForced() throws Exception {
    Path mine = GenerateMojos.sources(target).resolve(CLIENT);
    Files.createDirectories(mine.getParent());
    Files.writeString(mine, "class NorthwindClient { mine }");

    MojoFailureException refused = assertThrows(MojoFailureException.class,
        GenerateMojos.northwind(target, new MavenProject(), log)::execute);

    assertEquals(mine + ": exists and McDewey did not generate it; nothing was written (set 'force' to overwrite"
        + " them)", refused.getMessage());
    assertEquals("class NorthwindClient { mine }", Files.readString(mine));

    GenerateMojo forced = GenerateMojos.northwind(target, new MavenProject(), log);
    set(forced, "force", true);
    forced.execute();

    assertTrue(Files.readString(mine).contains("public final class NorthwindClient"));
  }

  @Test
  void aGuideThatIsAFolderFailsSayingSo() throws Exception {
    GenerateMojo mojo = GenerateMojos.northwind(target, new MavenProject(), log);
    set(mojo, "guide", GenerateMojos.LIBRARY.toFile());

    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

    assertEquals(GenerateMojos.LIBRARY + ": is a folder, not a guide; to read a guide from a library folder, set"
        + " 'library' with 'product' and 'version' instead of 'guide'", failure.getMessage());
  }

  @Test
  void aTemplateDirectoryThatIsAFileFailsSayingSo() throws Exception {
    Path file = Files.writeString(target.resolve("templates"), "not a directory");
    GenerateMojo mojo = GenerateMojos.northwind(target, new MavenProject(), log);
    set(mojo, "templateDirectory", file.toFile());

    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

    assertEquals(file + ": is a file; the templates are read from a directory", failure.getMessage());
  }

  /**
   * Leaves the output as a run killed between the two renames of replacing a file leaves it: the old version moved
   * into the run's directory, a new one in its place, and the run's steps listed.
   */
  private static void killedHalfWayThroughReplacing(Path sources, String file, String newVersion) throws Exception {
    Path run = Files.createDirectories(sources.resolve(".mcdewey-run"));
    Files.createDirectories(run.resolve("new"));
    Files.createDirectories(run.resolve("old"));
    Files.writeString(run.resolve("lock"), "");
    Files.move(sources.resolve(file), run.resolve("old/0"));
    Files.writeString(sources.resolve(file), newVersion);
    Files.writeString(run.resolve("steps"), "mcdewey-output-steps 1\nreplace\t0\t" + file + "\nend\n");
  }
}
