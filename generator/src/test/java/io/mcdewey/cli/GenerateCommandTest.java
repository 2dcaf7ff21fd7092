package io.mcdewey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.testing.DirectorySnapshot;
import io.mcdewey.testing.Repository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  private static final String SAMPLE =
      "samples/guides/library/northwind/v3.1/contact-center-guide/contact-center-guide.md";
  private static final String PROFILE = "samples/guides/northwind/northwind-profile.json";

  @TempDir
  Path dir;

  private ToolRun generate(Path output, String... more) {
    return generateIn("com.example.northwind", output, more);
  }

  private ToolRun generateIn(String basePackage, Path output, String... more) {
    String[] base = {"generate", Repository.file(SAMPLE).toString(), "--profile-file",
        Repository.file(PROFILE).toString(), "--package", basePackage, "-o", output.toString()};
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return ToolRun.of(args);
  }

  @Test
  void writesAMavenProjectNamedAfterTheLibraryProduct() {
    Path output = dir.resolve("sdk");

    ToolRun run = generate(output, "--version", "3.1.0");

    assertEquals(ExitCode.OK, run.exitCode(), run.transcript());
    assertTrue(Files.isRegularFile(output.resolve("src/main/java/com/example/northwind/NorthwindClient.java")));
    assertTrue(Files.isRegularFile(output.resolve("src/main/java/com/example/northwind/model/Call.java")));
    assertTrue(run.out().contains("(26 written, 0 unchanged, 0 removed)"), run.transcript());
  }

  @Test
  void regeneratingRewritesNothing() throws IOException {
    Path output = dir.resolve("sdk");
    generate(output);
    String pom = Files.readString(output.resolve("pom.xml"));

    ToolRun again = generate(output);

    assertTrue(again.out().contains("(0 written, 26 unchanged, 0 removed)"), again.transcript());
    assertEquals(pom, Files.readString(output.resolve("pom.xml")));
    assertTrue(pom.contains("<artifactId>northwind-sdk</artifactId>"), pom);
  }

  @Test
  void aRunThatCannotWriteChangesNothingAndTheNextRunTellsTheTruth() throws IOException {
    Path output = dir.resolve("sdk");
    generateIn("com.x", output);
    Map<String, String> before = DirectorySnapshot.withTimes(output);
    Path blocker = output.resolve("src/main/java/com/y/NorthwindClient.java");
    Files.createDirectories(blocker.resolve("x"));

    ToolRun blocked = generateIn("com.y", output);

    assertEquals(ExitCode.USAGE, blocked.exitCode(), blocked.transcript());
    assertEquals("mcdewey generate: " + blocker + ": is a directory, where McDewey would write a file\n",
        blocked.err());
    Files.delete(blocker.resolve("x"));
    Files.delete(blocker);
    Files.delete(blocker.getParent());
    assertEquals(before, DirectorySnapshot.withTimes(output));

    ToolRun again = generateIn("com.x", output);

    assertTrue(again.out().contains("(0 written, 26 unchanged, 0 removed)"), again.transcript());
    generateIn("com.x", dir.resolve("fresh"));
    assertEquals(DirectorySnapshot.contents(dir.resolve("fresh")), DirectorySnapshot.contents(output),
        "the project is the one a fresh run writes, which compiles (SdkGeneratorTest)");
  }

  @Test
  void neverOverwritesTheUsersFilesWithoutForce() throws IOException {
    Path output = Files.createDirectory(dir.resolve("sdk"));
    Files.writeString(output.resolve("pom.xml"), "the user's own build");

    ToolRun refused = generate(output);

    assertEquals(ExitCode.USAGE, refused.exitCode(), refused.transcript());
    assertEquals("mcdewey generate: " + output.resolve("pom.xml") + ": exists and McDewey did not generate it;"
        + " nothing was written (--force overwrites them)\n", refused.err());
    assertEquals("the user's own build", Files.readString(output.resolve("pom.xml")));

    ToolRun forced = generate(output, "--force");

    assertEquals(ExitCode.OK, forced.exitCode(), forced.transcript());
    assertTrue(Files.readString(output.resolve("pom.xml")).contains("<artifactId>northwind-sdk</artifactId>"));
  }

  @Test
  void namesAnOutputThatIsAFile() throws IOException {
    Path output = Files.writeString(dir.resolve("sdk"), "a file");

    ToolRun run = generate(output);

    assertEquals(ExitCode.USAGE, run.exitCode(), run.transcript());
    assertEquals("mcdewey generate: " + output + ": is a file, not a directory\n", run.err());
  }

  @Test
  void neverWritesOverItsOwnInput() throws IOException {
    Path project = Files.createDirectory(dir.resolve("s"));
    Path guide = Files.copy(Repository.file(SAMPLE), project.resolve("README.md"));
    String text = Files.readString(guide);

    ToolRun run = ToolRun.of("generate", guide.toString(), "--profile-file", Repository.file(PROFILE).toString(),
        "--package", "com.example", "-o", project.toString(), "--force");

    assertEquals(ExitCode.USAGE, run.exitCode(), run.transcript());
    assertEquals("mcdewey generate: " + guide + ": is read by this run; McDewey never writes over its input\n",
        run.err());
    assertEquals(text, Files.readString(guide));
    assertEquals(List.of("README.md"), List.copyOf(DirectorySnapshot.contents(project).keySet()));
  }

  @Test
  void refusesAPackageThatIsNotAJavaName() {
    ToolRun run = generateIn("com.1example", dir.resolve("sdk"));

    assertEquals(ExitCode.USAGE, run.exitCode(), run.transcript());
    assertTrue(run.err().contains("'com.1example' is not a Java package name"), run.transcript());
    assertFalse(Files.exists(dir.resolve("sdk")));
  }

  @Test
  void refusesNamesAProjectCannotHaveSayingWhyBeforeReadingTheGuide() {
    Map<List<String>, String> refusals = Map.of(
        List.of("--package", "java.lang"),
        "'java.lang' cannot hold generated code: packages java.* and javax.* belong to the JDK",
        List.of("--package", "com." + "x".repeat(300)),
        "'com.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…' is not a Java package name: its part"
            + " 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…' is 300 bytes long, and a part is a directory, whose name"
            + " file systems allow 255 bytes at most",
        List.of("--group-id", "a b"), "the group id 'a b' holds ' '; a Maven group id holds only letters, digits"
            + " and . _ -",
        List.of("--package", "com.café.api"), "the group id 'com.café' holds 'é'; a Maven group id holds only"
            + " letters, digits and . _ - (it is the package without its last part; --group-id sets another)",
        List.of("--artifact-id", ""), "the artifact id is empty",
        List.of("--version", "1.0</version><evil/>"), "the version '1.0</version><evil/>' holds '<'; a Maven"
            + " version holds only letters, digits and . _ + -",
        List.of("--artifacts", ","), "--artifacts ',' has an empty name; list what to generate from dtos, client,"
            + " server, such as dtos,client");
    refusals.forEach((options, reason) -> {
      List<String> args = new ArrayList<>(List.of("generate", "missing-guide.md", "-o", dir.resolve("sdk").toString(),
          "--package", "com.example.api"));
      int given = args.indexOf(options.get(0));
      if (given >= 0) {
        args.set(given + 1, options.get(1));
      } else {
        args.addAll(options);
      }

      ToolRun run = ToolRun.of(args.toArray(String[]::new));

      assertEquals(ExitCode.USAGE, run.exitCode(), run.transcript());
      assertTrue(run.err().startsWith("mcdewey generate: " + reason + "\n"), run.transcript());
    });
    assertFalse(Files.exists(dir.resolve("sdk")));
  }

  @Test
  void templateDirectoryOverridingNothingIsReportedBeforeAnythingIsWritten() throws IOException {
    Path templates = Files.createDirectory(dir.resolve("templates"));
    Files.writeString(templates.resolve("readme.vm"), "typo");

    ToolRun run = generate(dir.resolve("sdk"), "--templates", templates.toString());

    assertEquals(ExitCode.USAGE, run.exitCode(), run.transcript());
    assertTrue(run.err().contains("readme.vm override no template"), run.transcript());
    assertFalse(Files.exists(dir.resolve("sdk")));
  }
}
