package io.mcdewey.codegen.output;

import static io.mcdewey.testing.DirectorySnapshot.withTimes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {
  @TempDir Path temp;

  @Test
  void fillsANewDirectoryAndListsWhatItWrote() throws IOException {
    Path out = temp.resolve("out");

    OutputDirectory.Result result = new OutputDirectory(out).write(List.of(
        new GeneratedFile("pom.xml", "<project/>"), new GeneratedFile("src/A.java", "class A {}")));

    assertEquals(List.of("pom.xml", "src/A.java"), result.written());
    assertEquals("class A {}", Files.readString(out.resolve("src/A.java")));
    assertEquals("pom.xml\nsrc/A.java\n", Files.readString(out.resolve(OutputDirectory.MANIFEST)));
    assertEquals(List.of("out"), siblings());
  }

  @Test
  void leavesUnchangedFilesUntouchedAndRemovesStaleOnes() throws IOException {
    Path out = temp.resolve("out");
    new OutputDirectory(out).write(List.of(new GeneratedFile("Same.java", "same"),
        new GeneratedFile("Old.java", "old"), new GeneratedFile("Changed.java", "v1")));
    FileTime past = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(out.resolve("Same.java"), past);
    Files.writeString(out.resolve("Mine.txt"), "the user's own file");

    OutputDirectory.Result result = new OutputDirectory(out).write(List.of(new GeneratedFile("Same.java", "same"),
        new GeneratedFile("Changed.java", "v2"), new GeneratedFile("New.java", "new")));

    assertEquals(List.of("Changed.java", "New.java"), result.written());
    assertEquals(List.of("Same.java"), result.unchanged());
    assertEquals(List.of("Old.java"), result.removed());
    assertEquals(past, Files.getLastModifiedTime(out.resolve("Same.java")));
    assertEquals("v2", Files.readString(out.resolve("Changed.java")));
    assertFalse(Files.exists(out.resolve("Old.java")));
    assertTrue(Files.exists(out.resolve("Mine.txt")), "files McDewey did not write are kept");
    assertEquals(List.of("out"), siblings());
  }

  @Test
  void neverDeletesOutsideTheDirectoryWhateverTheManifestSays() throws IOException {
    Path out = temp.resolve("out");
    Files.createDirectories(out);
    Files.writeString(temp.resolve("precious.txt"), "keep");
    Files.writeString(out.resolve(OutputDirectory.MANIFEST), "../precious.txt\n/etc/passwd\n");

    new OutputDirectory(out).write(List.of(new GeneratedFile("A.java", "a")));

    assertTrue(Files.exists(temp.resolve("precious.txt")));
  }

  @Test
  void removesTheDirectoriesThatRemovedFilesLeaveEmpty() throws IOException {
    Path out = temp.resolve("out");
    new OutputDirectory(out).write(OutputTrees.OLD);

    new OutputDirectory(out).write(OutputTrees.NEW);

    assertFalse(Files.exists(out.resolve("src/com/x/gone")));
    assertTrue(Files.isDirectory(out.resolve("src/com/y/server")));
  }

  @Test
  void neverOverwritesAFileItDidNotGenerateUnlessAllowed() throws IOException {
    Path out = Files.createDirectory(temp.resolve("out"));
    Files.writeString(out.resolve("pom.xml"), "the user's own build");
    Files.writeString(out.resolve("README.md"), "the user's own words");
    List<GeneratedFile> files = List.of(new GeneratedFile("pom.xml", "<project/>"),
        new GeneratedFile("README.md", "# SDK"), new GeneratedFile("src/A.java", "class A {}"));

    UserFilesException refused = assertThrows(UserFilesException.class, () -> new OutputDirectory(out).write(files));

    assertEquals(out.resolve("pom.xml") + ", " + out.resolve("README.md") + ": exist and McDewey did not generate"
        + " them; nothing was written", refused.getMessage());
    assertEquals(List.of("README.md", "pom.xml"), entries(out));
    assertEquals("the user's own build", Files.readString(out.resolve("pom.xml")));

    new OutputDirectory(out).overwritingUserFiles(true).write(files);

    assertEquals("<project/>", Files.readString(out.resolve("pom.xml")));
    List<GeneratedFile> changed = List.of(new GeneratedFile("pom.xml", "<project>v2</project>"),
        new GeneratedFile("README.md", "# SDK v2"));
    assertEquals(List.of("pom.xml", "README.md"), new OutputDirectory(out).write(changed).written(),
        "once generated, the files are McDewey's to change");
  }

  @Test
  void takesAFileOfTheUsersWithTheGeneratedBytesAsItIs() throws IOException {
    Path out = Files.createDirectory(temp.resolve("out"));
    Files.writeString(out.resolve("pom.xml"), "<project/>");

    OutputDirectory.Result result = new OutputDirectory(out).write(List.of(new GeneratedFile("pom.xml", "<project/>")));

    assertEquals(List.of("pom.xml"), result.unchanged());
    assertEquals("pom.xml\n", Files.readString(out.resolve(OutputDirectory.MANIFEST)));
  }

  @Test
  void neverWritesOverTheRunsInputEvenWhenAllowedToOverwrite() throws IOException {
    Path out = Files.createDirectory(temp.resolve("s"));
    Path guide = Files.writeString(out.resolve("README.md"), "# The guide");

    OutputException refused = assertThrows(OutputException.class, () -> new OutputDirectory(out)
        .overwritingUserFiles(true)
        .neverOverwriting(List.of(temp.resolve("s/../s/README.md")))
        .write(List.of(new GeneratedFile("README.md", "# SDK"))));

    assertEquals(guide + ": is read by this run; McDewey never writes over its input", refused.getMessage());
    assertEquals("# The guide", Files.readString(guide));
  }

  @Test
  void refusesToWriteWhereADirectoryStandsBeforeChangingAnything() throws IOException {
    Path out = temp.resolve("out");
    new OutputDirectory(out).write(OutputTrees.OLD);
    Map<String, String> before = withTimes(out);
    Files.createDirectories(out.resolve("src/com/y/server/Added.java/x"));

    OutputException refused = assertThrows(OutputException.class,
        () -> new OutputDirectory(out).write(OutputTrees.NEW));

    assertEquals(out.resolve("src/com/y/server/Added.java") + ": is a directory, where McDewey would write a file",
        refused.getMessage());
    Files.delete(out.resolve("src/com/y/server/Added.java/x"));
    Files.delete(out.resolve("src/com/y/server/Added.java"));
    Files.delete(out.resolve("src/com/y/server"));
    Files.delete(out.resolve("src/com/y"));
    assertEquals(before, withTimes(out));
  }

  @Test
  void namesAnOutputThatIsAFile() throws IOException {
    Path out = Files.writeString(temp.resolve("out"), "a file");

    OutputException refused = assertThrows(OutputException.class, () -> new OutputDirectory(out).write(List.of()));

    assertEquals(out + ": is a file, not a directory", refused.getMessage());
  }

  @Test
  void namesTheOutputItCannotCreateAndWhy() throws IOException {
    Files.writeString(temp.resolve("file"), "a file");
    Path out = temp.resolve("file/out");

    OutputException refused = assertThrows(OutputException.class, () -> new OutputDirectory(out).write(List.of()));

    assertEquals(out + ": cannot create the directory: Not a directory (" + temp.resolve("file") + " is a file)",
        refused.getMessage());
  }

  @Test
  void namesTheReadOnlyParentOfAnOutputItCannotCreate() throws IOException {
    Path parent = Files.createDirectory(temp.resolve("read-only"));
    assumeTrue(parent.toFile().setWritable(false) && !Files.isWritable(parent), "the user can write anywhere");
    Path out = parent.resolve("out");

    OutputException refused = assertThrows(OutputException.class, () -> new OutputDirectory(out).write(List.of()));

    assertEquals(out + ": cannot create the directory: permission denied (" + parent + " is not writable)",
        refused.getMessage());
    parent.toFile().setWritable(true);
  }

  @Test
  void clearsAwayWhatARunStoppedBeforeListingItsStepsLeft() throws IOException {
    Path out = temp.resolve("out");
    new OutputDirectory(out).write(OutputTrees.OLD);
    Map<String, String> before = withTimes(out);
    Path run = Files.createDirectories(out.resolve(OutputJournal.RUN + "/new"));
    Files.writeString(run.resolve("0"), "staged, never moved");
    Files.writeString(out.resolve(OutputJournal.RUN + "/lock"), "");

    assertTrue(new OutputDirectory(out).recover());

    assertEquals(before, withTimes(out));
  }

  @Test
  void finishesTheClearingUpOfARunKilledWhenItWasDone() throws IOException {
    Path out = temp.resolve("out");
    new OutputDirectory(out).write(OutputTrees.NEW);
    Map<String, String> after = withTimes(out);
    Path run = Files.createDirectories(out.resolve(OutputJournal.RUN + "/old"));
    Files.createDirectories(out.resolve("src/com/x/gone"));
    Files.writeString(run.resolve("0"), "class Removed {}");
    Files.writeString(out.resolve(OutputJournal.RUN + "/steps"),
        "mcdewey-output-steps 1\ndelete\t0\tsrc/com/x/gone/Removed.java\nend\n");
    Files.writeString(out.resolve(OutputJournal.RUN + "/done"), "");

    assertTrue(new OutputDirectory(out).recover());

    assertEquals(after, withTimes(out), "the run's new output stays; its emptied directory goes");
  }

  @Test
  void refusesPathsLeavingTheDirectory() {
    for (String path : List.of("../x", "/abs", "a/../../x", "a//b", "", "a\\b", "a\nb", "a\tb")) {
      assertThrows(IllegalArgumentException.class, () -> new GeneratedFile(path, ""), path);
    }
  }

  private List<String> siblings() throws IOException {
    return entries(temp);
  }

  private static List<String> entries(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
