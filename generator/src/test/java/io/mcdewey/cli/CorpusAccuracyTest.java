package io.mcdewey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.testing.SharedCorpus;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The accuracy gate: reads the guides of the shared corpus and scores them against their hand-labelled keys with
 * {@code mcdewey score}, failing when an F1 falls below its floor. The figures are printed with the build's output.
 *
 * <p>The corpus is found through the system property {@code mcdewey.corpus}. Without it the gate is skipped, except
 * on CI ({@code CI=true}), where a missing corpus fails the build.
 */
class CorpusAccuracyTest {

  static Stream<Arguments> guides() {
    return Stream.of(
        Arguments.of("finesse-v12.5/chunks.jsonl", "finesse-v12.5/answers.jsonl", "finesse-v12.5.jsonl",
            floors(1.0, 1.0, 0.98, 0.98)),
        Arguments.of("finesse-v12.5/developer-guide.md", "finesse-v12.5/answers.jsonl", "finesse-v12.5.jsonl",
            floors(1.0, 1.0, 0.98, 0.98)),
        vendor("multitech-faxfinder", GOAL),
        vendor("litmos-training-operations", GOAL),
        vendor("apache-couchdb", GOAL),
        vendor("syncthing", GOAL),
        vendor("huawei-cloud", GOAL),
        vendor("ibm-hcl-urbancode", GOAL),
        vendor("synapse-admin-api", GOAL),
        vendor("aspnet-webapi-helppage", GOAL));
  }

  /**
   * The floors every vendor is to meet with the generic profile: operations, method+path, parameters, responses.
   * Vendors given lower floors have not reached them yet; their floors are what the reader reaches, rounded down,
   * and only ever go up.
   */
  private static final List<String> GOAL = floors(0.95, 0.95, 0.9, 0.9);

  private static Arguments vendor(String name, List<String> floors) {
    return Arguments.of("vendors/" + name + "/guide.md", "vendors/" + name + "/answers.jsonl", name + ".jsonl",
        floors);
  }

  private static List<String> floors(double operations, double methodPath, double parameters, double responses) {
    return List.of("--min-operations", String.valueOf(operations), "--min-method-path", String.valueOf(methodPath),
        "--min-parameters", String.valueOf(parameters), "--min-responses", String.valueOf(responses));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("guides")
  void meetsTheAccuracyFloors(String guide, String key, String errata, List<String> floors) {
    Path corpus = SharedCorpus.root();
    List<String> args = new ArrayList<>(List.of("score", corpus.resolve(guide).toString(),
        "--key", corpus.resolve(key).toString(), "--errata", errataFile(errata).toString(), "--verbose"));
    args.addAll(floors);

    ToolRun run = ToolRun.of(args.toArray(String[]::new));

    System.out.println(run.out() + run.err());
    assertEquals(ExitCode.OK, run.exitCode(), run.transcript());
  }

  private static Path errataFile(String name) {
    URL resource = CorpusAccuracyTest.class.getResource("/io/mcdewey/score/errata/" + name);
    if (resource == null) {
      throw new AssertionError("errata resource missing: " + name);
    }
    try {
      return Path.of(resource.toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }
}
