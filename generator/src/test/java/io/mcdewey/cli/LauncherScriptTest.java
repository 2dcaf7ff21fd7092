package io.mcdewey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mcdewey.testing.Repository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code mcdewey} launcher script, run as a user runs it: its JVM cache is made on the first run in the cache
 * folder, mapped by the next, and turned off by {@code MCDEWEY_JVM_CACHE=off}. It needs the generator's jar, so the
 * build runs it after packaging; run alone before a package, it is skipped (and fails on CI).
 */
class LauncherScriptTest {

  /** How the JVM's class loading log names a class it mapped from an archive or AOT cache. */
  private static final String MAPPED = "io.mcdewey.cli.Main source: shared objects file";

  @TempDir
  Path dir;

  /** The running JVM and, where the machine has them, JDKs of version 25 or later, which use an AOT cache. */
  static List<Path> javaHomes() throws IOException {
    List<Path> homes = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"))));
    Path installed = Path.of("/usr/lib/jvm");
    if (Files.isDirectory(installed)) {
      try (Stream<Path> jdks = Files.list(installed)) {
        jdks.filter(home -> feature(home) >= 25).sorted().findFirst().ifPresent(homes::add);
      }
    }
    return homes;
  }

  @ParameterizedTest
  @MethodSource("javaHomes")
  void theFirstRunMakesTheCacheAndTheNextMapsIt(Path javaHome) throws Exception {
    Path cache = dir.resolve("cache");

    Run first = launch(javaHome, cache, Map.of(), "--version");
    assertEquals(0, first.exit(), first.err());
    assertTrue(first.out().matches("mcdewey \\S+\\n"), "only the tool's output: " + first.out());
    List<Path> files = settledCacheFiles(cache);
    assertEquals(1, files.size(), "one cache file and no leftovers: " + files);
    String kind = feature(javaHome) >= 25 ? ".aot" : ".jsa";
    assertTrue(files.get(0).getFileName().toString().endsWith(kind), files::toString);

    Path log = dir.resolve("class-load.log");
    Run second = launch(javaHome, cache, Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log), "--version");
    assertEquals(0, second.exit(), second.err());
    assertTrue(Files.readString(log).contains(MAPPED), "the second run maps the tool's classes from the cache");
    assertEquals(files, cacheFiles(cache));
  }

  @ParameterizedTest
  @MethodSource("javaHomes")
  void theOffSwitchNeitherMakesNorMapsTheCache(Path javaHome) throws Exception {
    Path cache = dir.resolve("cache");
    assertEquals(0, launch(javaHome, cache, Map.of(), "--version").exit());
    List<Path> made = settledCacheFiles(cache);

    Path log = dir.resolve("class-load.log");
    Run off = launch(javaHome, cache, Map.of("MCDEWEY_JVM_CACHE", "off",
        "JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log), "--version");
    assertEquals(0, off.exit(), off.err());
    assertFalse(Files.readString(log).contains(MAPPED), "the tool's classes are loaded from the jar");

    Path unused = dir.resolve("unused");
    assertEquals(0, launch(javaHome, unused, Map.of("MCDEWEY_JVM_CACHE", "off"), "inspect", "--help").exit());
    assertFalse(Files.exists(unused), "nothing is written to the cache folder");
    assertEquals(made, cacheFiles(cache));
  }

  @ParameterizedTest
  @MethodSource("javaHomes")
  void aRunEndedByAUsageErrorLeavesNoCache(Path javaHome) throws Exception {
    Path cache = dir.resolve("cache");

    Run run = launch(javaHome, cache, Map.of(), "inspect");
    assertEquals(ExitCode.USAGE, run.exit(), run.err());
    assertTrue(run.err().contains("mcdewey inspect: "), run.err());
    assertEquals(List.of(), cacheFiles(cache));
  }

  private record Run(int exit, String out, String err) {}

  /** Runs the launcher with that JVM first on the path and {@code XDG_CACHE_HOME} set to the cache folder. */
  private Run launch(Path javaHome, Path cache, Map<String, String> environment, String... args) throws Exception {
    Path script = Repository.file("mcdewey");
    assumeBuilt();
    List<String> command = new ArrayList<>(List.of(script.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("MCDEWEY_") || name.equals("JAVA_TOOL_OPTIONS"));
    builder.environment().put("PATH", javaHome.resolve("bin") + ":" + System.getenv("PATH"));
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    builder.environment().putAll(environment);
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    int exit = process.waitFor();
    return new Run(exit, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  /**
   * The cache files once the launcher is done with them: on Java 25 it assembles the cache in the background after
   * the first run, leaving the run's record beside it until then.
   */
  private static List<Path> settledCacheFiles(Path cache) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    List<Path> files = cacheFiles(cache);
    while (files.stream().anyMatch(file -> file.toString().endsWith(".config")) && System.nanoTime() < deadline) {
      Thread.sleep(200);
      files = cacheFiles(cache);
    }
    return files;
  }

  /** The files in the launcher's folder under the cache folder, sorted. */
  private static List<Path> cacheFiles(Path cache) throws IOException {
    Path folder = cache.resolve("mcdewey");
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }

  private static void assumeBuilt() throws IOException {
    boolean built;
    try (Stream<Path> jars = Files.list(Repository.file("generator/target"))) {
      built = jars.anyMatch(jar -> jar.getFileName().toString().matches("mcdewey-generator-[^-]+.*(?<!-tests)\\.jar"));
    } catch (java.nio.file.NoSuchFileException e) {
      built = false;
    }
    if (!built && "true".equals(System.getenv("CI"))) {
      fail("the generator's jar is not built; the build runs this test after packaging it");
    }
    assumeTrue(built, "the generator's jar is not built yet; the build runs this test after packaging it");
  }

  /** The feature version in a JDK's release file, 0 when it has none. */
  private static int feature(Path javaHome) {
    try {
      Matcher version = Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(Files.readString(javaHome.resolve("release")));
      return version.find() ? Integer.parseInt(version.group(1)) : 0;
    } catch (IOException e) {
      return 0;
    }
  }
}
