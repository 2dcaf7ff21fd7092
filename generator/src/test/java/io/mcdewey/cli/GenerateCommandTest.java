package io.mcdewey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.testing.Repository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
  void refusesAPackageThatIsNotAJavaName() {
    ToolRun run = generateIn("com.1example", dir.resolve("sdk"));

    assertEquals(ExitCode.USAGE, run.exitCode(), run.transcript());
    assertTrue(run.err().contains("'com.1example' is not a Java package name"), run.transcript());
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
