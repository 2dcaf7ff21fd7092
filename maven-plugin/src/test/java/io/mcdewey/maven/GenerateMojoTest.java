package io.mcdewey.maven;

import static io.mcdewey.maven.MojoParameters.set;
import static io.mcdewey.maven.TestGuides.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.codegen.output.OutputDirectory;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateMojoTest {
  private static final Path LIBRARY = GenerateMojos.LIBRARY;
  private static final File GUIDE = GenerateMojos.GUIDE;
  private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
  private static final String CLIENT = "com/example/northwind/NorthwindClient.java";
  private static final String AGENT = "com/example/northwind/model/Agent.java";
  private static final String SERVER = "com/example/northwind/server/NorthwindServer.java";

  @TempDir
  Path target;

  private final RecordingLog log = new RecordingLog();
  private final MavenProject project = new MavenProject();

  @Test
  void generatesTheDtosAndTheClientAndCompilesThem() throws Exception {
    mojo().execute();

    Path sources = sources();
    assertTrue(Files.isRegularFile(sources.resolve(CLIENT)));
    assertTrue(Files.isRegularFile(sources.resolve(AGENT)));
    assertFalse(Files.exists(sources.resolve(SERVER)));
    assertEquals(List.of(sources.toString()), project.getCompileSourceRoots());
    assertEquals(List.of("info: McDewey: 24 sources from " + GUIDE + " (profile northwind) in " + sources
        + ": 24 written, 0 unchanged, 0 removed"), log.lines);
  }

  @Test
  void aSecondRunWithNothingChangedLogsOneLineAndTouchesNoFile() throws Exception {
    mojo().execute();
    Map<Path, String> before = snapshotAfterAging(target);
    log.lines.clear();

    mojo().execute();

    assertEquals(before, snapshot(target));
    assertEquals(List.of("info: McDewey: " + sources() + " is up to date with " + GUIDE), log.lines);
    assertEquals(List.of(sources().toString()), project.getCompileSourceRoots(), "the sources are compiled still");
  }

  @Test
  void aChangedParameterRewritesOnlyTheFilesWhoseBytesChange() throws Exception {
    mojo().execute();
    Map<Path, String> before = snapshotAfterAging(sources());

    GenerateMojo withServer = mojo();
    set(withServer, "generateServer", true);
    withServer.execute();

    assertTrue(Files.isRegularFile(sources().resolve(SERVER)));
    Map<Path, String> after = snapshot(sources());
    before.remove(sources().resolve(OutputDirectory.MANIFEST));
    before.forEach((file, state) -> assertEquals(state, after.get(file), file + " is untouched"));

    mojo().execute();

    assertFalse(Files.exists(sources().resolve(SERVER)), "files no longer generated are removed");
  }

  @Test
  void aChangedGuideIsReadAgain() throws Exception {
    Path guide = Files.copy(GUIDE.toPath(), target.resolve("guide.md"));
    GenerateMojo first = mojo();
    set(first, "guide", guide.toFile());
    first.execute();
    Files.writeString(guide, Files.readString(guide).replace("Agent", "Agnet"));
    log.lines.clear();

    GenerateMojo second = mojo();
    set(second, "guide", guide.toFile());
    second.execute();

    assertTrue(log.lines.get(0).startsWith("info: McDewey: 24 sources from " + guide), log.lines.toString());
  }

  @Test
  void aDeletedOrEditedSourceIsWrittenAgain() throws Exception {
    mojo().execute();
    String client = Files.readString(sources().resolve(CLIENT));
    Files.delete(sources().resolve(CLIENT));
    Files.writeString(sources().resolve(AGENT), "edited");

    mojo().execute();

    assertEquals(client, Files.readString(sources().resolve(CLIENT)));
    assertNotEquals("edited", Files.readString(sources().resolve(AGENT)));
  }

  @Test
  void aFailedRunLeavesThePreviousOutputAndIsNotRemembered() throws Exception {
    mojo().execute();
    Map<Path, String> before = snapshotAfterAging(target);
    Path templates = Files.createDirectories(target.resolve("templates"));
    Files.writeString(templates.resolve("server-reply.java.vm"), "class $noSuchVariable {}\n");
    GenerateMojo broken = mojo();
    set(broken, "generateServer", true);
    set(broken, "templateDirectory", templates.toFile());

    MojoFailureException failure = assertThrows(MojoFailureException.class, broken::execute);

    assertTrue(failure.getMessage().startsWith("template " + templates.resolve("server-reply.java.vm")),
        failure.getMessage());
    Files.delete(templates.resolve("server-reply.java.vm"));
    Files.delete(templates);
    assertEquals(before, snapshot(target));
  }

  @Test
  void aTemplateOverridesTheBuiltInOne() throws Exception {
    Path templates = Files.createDirectories(target.resolve("templates"));
    Files.writeString(templates.resolve("server-reply.java.vm"),
        "package $packageName;\n\nfinal class $className {}\n");
    GenerateMojo mojo = mojo();
    set(mojo, "generateServer", true);
    set(mojo, "templateDirectory", templates.toFile());

    mojo.execute();

    assertEquals("package com.example.northwind.server;\n\nfinal class Reply {}\n",
        Files.readString(sources().resolve("com/example/northwind/server/Reply.java")));
  }

  @Test
  void aChangedTemplateIsNoticed() throws Exception {
    Path templates = Files.createDirectories(target.resolve("templates"));
    Files.writeString(templates.resolve("server-reply.java.vm"),
        "package $packageName;\n\nfinal class $className {}\n");
    GenerateMojo mojo = mojo();
    set(mojo, "generateServer", true);
    set(mojo, "templateDirectory", templates.toFile());
    mojo.execute();
    Files.writeString(templates.resolve("server-reply.java.vm"), "package $packageName;\n\nclass $className {}\n");

    mojo.execute();

    assertEquals("package com.example.northwind.server;\n\nclass Reply {}\n",
        Files.readString(sources().resolve("com/example/northwind/server/Reply.java")));
  }

  @Test
  void readsAReleaseOfALibrary() throws Exception {
    GenerateMojo mojo = mojo();
    set(mojo, "guide", null);
    set(mojo, "library", LIBRARY.toFile());
    set(mojo, "product", "northwind");
    set(mojo, "version", "v3.1");

    mojo.execute();

    assertTrue(Files.isRegularFile(sources().resolve(CLIENT)));
  }

  @Test
  void aReleaseNotInTheLibraryFailsNamingTheOnesThatAre() throws Exception {
    GenerateMojo mojo = mojo();
    set(mojo, "guide", null);
    set(mojo, "library", LIBRARY.toFile());
    set(mojo, "product", "northwind");
    set(mojo, "version", "v9");

    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

    assertEquals(LIBRARY + ": holds 0 guides of northwind v9; it holds northwind v3.1; the goal reads one",
        failure.getMessage());
  }

  @Test
  void aGuideAndALibraryTogetherFail() throws Exception {
    GenerateMojo mojo = mojo();
    set(mojo, "library", LIBRARY.toFile());

    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

    assertEquals("set either 'guide' or 'library' with 'product' and 'version', not both", failure.getMessage());
  }

  @Test
  void warningsAreLoggedWithTheirPlaceAndFailOnlyWhenAskedTo() throws Exception {
    GenerateMojo lenient = mojo();
    set(lenient, "guide", resource("release-notes.md"));
    set(lenient, "profileFile", null);
    lenient.execute();
    assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("warn: " + resource("release-notes.md"))
        && l.endsWith("[no-operations]")), log.lines.toString());

    GenerateMojo strict = mojo();
    set(strict, "guide", resource("release-notes.md"));
    set(strict, "profileFile", null);
    set(strict, "failOnWarnings", true);
    MojoFailureException failure = assertThrows(MojoFailureException.class, strict::execute);
    assertTrue(failure.getMessage().endsWith(" warning (failOnWarnings); nothing was generated"),
        failure.getMessage());
  }

  @Test
  void aMissingGuideFailsNamingIt() throws Exception {
    File missing = target.resolve("absent.md").toFile();
    GenerateMojo mojo = mojo();
    set(mojo, "guide", missing);

    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

    assertEquals(missing + ": no such file", failure.getMessage());
  }

  @Test
  void anInvalidPackageNameFails() throws Exception {
    GenerateMojo mojo = mojo();
    set(mojo, "packageName", "com.example.new");

    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

    assertEquals("packageName: 'com.example.new' is not a Java package name: 'new' is a Java keyword",
        failure.getMessage());
  }

  @Test
  void skipReadsAndWritesNothing() throws Exception {
    GenerateMojo mojo = mojo();
    set(mojo, "guide", target.resolve("absent.md").toFile());
    set(mojo, "skip", true);

    mojo.execute();

    assertEquals(List.of("info: McDewey is skipped (mcdewey.skip)"), log.lines);
    assertEquals(List.of(), project.getCompileSourceRoots());
    try (Stream<Path> files = Files.list(target)) {
      assertEquals(0, files.count());
    }
  }

  /** A goal configured as a project would, with every default. */
  private GenerateMojo mojo() throws Exception {
    return GenerateMojos.northwind(target, project, log);
  }

  private Path sources() {
    return GenerateMojos.sources(target);
  }

  /**
   * Sets every file's modification time long back, so that a file written again shows even within the file system's
   * time resolution, and returns the files' modification times and bytes.
   */
  private static Map<Path, String> snapshotAfterAging(Path root) throws IOException {
    for (Path file : files(root)) {
      Files.setLastModifiedTime(file, LONG_AGO);
    }
    return snapshot(root);
  }

  /** Every file under {@code root} with its modification time and bytes. */
  private static Map<Path, String> snapshot(Path root) throws IOException {
    Map<Path, String> files = new TreeMap<>();
    for (Path file : files(root)) {
      files.put(file, Files.getLastModifiedTime(file) + "\n" + Files.readString(file));
    }
    return files;
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }
}
