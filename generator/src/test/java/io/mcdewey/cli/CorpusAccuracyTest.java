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
            List.of("--min-operations", "0.98", "--min-method-path", "0.98", "--min-parameters", "0.97",
                "--min-responses", "0.97")),
        Arguments.of("vendors/multitech-faxfinder/guide.md", "vendors/multitech-faxfinder/answers.jsonl",
            "multitech-faxfinder.jsonl", vendorFloors()),
        Arguments.of("vendors/litmos-training-operations/guide.md", "vendors/litmos-training-operations/answers.jsonl",
            "litmos-training-operations.jsonl", vendorFloors()));
  }

  private static List<String> vendorFloors() {
    return List.of("--min-method-path", "0.9", "--min-parameters", "0.8", "--min-responses", "0.9");
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
