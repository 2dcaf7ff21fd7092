package io.mcdewey.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
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
  void refusesPathsLeavingTheDirectory() {
    for (String path : List.of("../x", "/abs", "a/../../x", "a//b", "", "a\\b")) {
      assertThrows(IllegalArgumentException.class, () -> new GeneratedFile(path, ""), path);
    }
  }

  private List<String> siblings() throws IOException {
    try (Stream<Path> files = Files.list(temp)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
