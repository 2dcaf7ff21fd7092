package io.mcdewey.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.model.Api;
import io.mcdewey.model.Diagnostic;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Provenance;
import io.mcdewey.source.GuideDocument;
import io.mcdewey.source.GuideReadException;
import io.mcdewey.source.GuideReader;
import io.mcdewey.source.Page;
import io.mcdewey.testing.Repository;
import io.mcdewey.testing.SharedCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property tests: real and sample pages, damaged in the ways real conversions damage them (and worse), never make the
 * parser throw; the model it returns keeps its invariants; damage that removes information is reported.
 */
@Timeout(120)
class ParserRobustnessTest {
  private static final int SEEDS = 40;
  private static final List<String> LABELS = List.of("URI:", "HTTP Method:", "HTTP Response:", "Request Parameters:",
      "Security Constraints:", "Example URI:", "HTTP Request:", "Content Type:");

  /** A way of damaging a guide's pages, given a seeded random source. */
  private enum Damage {
    TRUNCATE_PAGES((pages, random) -> map(pages, random, text -> text.substring(0, random.nextInt(text.length() + 1)))),
    DROP_LABELS((pages, random) -> map(pages, random,
        text -> text.replace(LABELS.get(random.nextInt(LABELS.size())), ""))),
    DROP_PAGES((pages, random) -> {
      List<Page> kept = new ArrayList<>(pages);
      kept.remove(random.nextInt(kept.size()));
      return kept;
    }),
    INJECT_JUNK((pages, random) -> map(pages, random, text -> {
      int at = random.nextInt(text.length() + 1);
      return text.substring(0, at) + junk(random) + text.substring(at);
    })),
    HUGE_LINE((pages, random) -> {
      List<Page> changed = new ArrayList<>(pages);
      int at = random.nextInt(changed.size());
      Page page = changed.get(at);
      String huge = " value Label: <a><b>x</b> ".repeat(20_000) + "—".repeat(50_000) + " x".repeat(100_000);
      changed.set(at, new Page(page.text() + huge, page.source(), page.cutAtStart(), true));
      return changed;
    }),
    SHUFFLE_WORDS((pages, random) -> map(pages, random, text -> {
      List<String> words = new ArrayList<>(List.of(text.split(" ")));
      Collections.shuffle(words, random);
      return String.join(" ", words);
    }));

    final BiFunction<List<Page>, Random, List<Page>> apply;

    Damage(BiFunction<List<Page>, Random, List<Page>> apply) {
      this.apply = apply;
    }
  }

  static Stream<Arguments> damagedGuides() {
    return Stream.of(Damage.values()).flatMap(damage -> IntStream.range(0, SEEDS)
        .mapToObj(seed -> Arguments.of(damage, seed)));
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("damagedGuides")
  void damagedSamplePagesNeverBreakTheParser(Damage damage, int seed) throws GuideReadException {
    checkDamaged(sample(), damage, seed);
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("damagedGuides")
  void damagedRealPagesNeverBreakTheParser(Damage damage, int seed) throws GuideReadException {
    GuideDocument real = new GuideReader().read(SharedCorpus.file("finesse-v12.5/chunks.jsonl")).get(0);
    checkDamaged(real, damage, seed);
  }

  private static void checkDamaged(GuideDocument guide, Damage damage, int seed) {
    Random random = new Random(seed);
    List<Page> damaged = damage.apply.apply(guide.pages(), random);
    GuideDocument input = new GuideDocument(guide.file(), guide.product(), guide.version(), guide.name(), null,
        damaged);
    Profile profile = Profiles.builtIn().named("cisco-finesse").orElseThrow();

    Api api = new GuideParser().parse(input, profile);

    assertNotNull(api);
    assertTrue(api.diagnostics().stream().noneMatch(d -> d.code().equals("parser-failure")),
        () -> "seed " + seed + ": " + api.diagnostics());
    for (Operation operation : api.operations()) {
      assertFalse(operation.id().isBlank(), "every operation has an id");
      assertTrue(operation.method() == null || operation.method().matches("[A-Z]+"), operation::method);
      assertTrue(operation.path() == null || operation.path().startsWith("/"), operation::path);
      assertTrue(comesFrom(operation.source(), damaged), () -> "provenance outside the input: " + operation.source());
    }
  }

  @Test
  void everyRemovedLabelIsReported() {
    GuideDocument guide = sample();
    Profile profile = Profiles.builtIn().named("cisco-finesse").orElseThrow();
    int baseline = new GuideParser().parse(guide, profile).diagnostics().size();
    for (String label : List.of("HTTP Method:", "URI:")) {
      List<Page> pages = guide.pages().stream()
          .map(p -> new Page(p.text().replace(label, ""), p.source(), p.cutAtStart(), p.cutAtEnd()))
          .toList();
      Api api = new GuideParser().parse(
          new GuideDocument(guide.file(), "", "", "", null, pages), profile);
      assertTrue(api.diagnostics().size() > baseline, () -> "dropping " + label + " reported nothing");
    }
  }

  @Test
  void shuffledChunkExportsReadLikeOrderedOnes(@TempDir Path dir) throws IOException, GuideReadException {
    Path export = SharedCorpus.file("finesse-v12.5/chunks.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(export, StandardCharsets.UTF_8));
    Collections.shuffle(lines, new Random(7));
    Path shuffled = dir.resolve("chunks.jsonl");
    Files.write(shuffled, lines, StandardCharsets.UTF_8);

    List<String> ordered = signatures(Guides.detecting().read(export).get(0));
    List<String> fromShuffled = signatures(Guides.detecting().read(shuffled).get(0));

    assertEquals(ordered, fromShuffled);
  }

  @Test
  void binaryInputIsRefusedWithFileAndLine(@TempDir Path dir) throws IOException {
    Path binary = dir.resolve("guide.md");
    Files.write(binary, new byte[] {'#', ' ', 'x', '\n', 'a', 0, 1, 2, (byte) 0xff});

    GuideReadException error = assertThrows(GuideReadException.class, () -> new GuideReader().read(binary));

    assertTrue(error.getMessage().startsWith(binary + ":2: binary content"), error.getMessage());
  }

  @Test
  void truncatedChunkExportIsRefusedWithFileAndLine(@TempDir Path dir) throws IOException {
    Path export = dir.resolve("chunks.jsonl");
    Files.writeString(export, "{\"chunk_id\": \"a::1\", \"text\": \"x\"}\n{\"chunk_id\": \"a::2\", \"te");

    GuideReadException error = assertThrows(GuideReadException.class, () -> new GuideReader().read(export));

    assertTrue(error.getMessage().startsWith(export + ":2: not a JSON chunk record"), error.getMessage());
  }

  @Test
  void emptyInputIsRefused(@TempDir Path dir) throws IOException {
    Path empty = Files.writeString(dir.resolve("guide.md"), "  \n");

    GuideReadException error = assertThrows(GuideReadException.class, () -> new GuideReader().read(empty));

    assertEquals(empty + ": the file is empty", error.getMessage());
  }

  private static List<String> signatures(Api api) {
    return api.operations().stream()
        .map(o -> o.id() + " " + o.method() + " " + o.path() + " " + o.parameters() + " " + o.responses())
        .toList();
  }

  private static boolean comesFrom(Provenance source, List<Page> pages) {
    return pages.stream().anyMatch(p -> p.source().file().equals(source.file())
        && java.util.Objects.equals(p.source().chunkId(), source.chunkId()));
  }

  private static GuideDocument sample() {
    try {
      return new GuideReader().read(Repository.file("samples/guides/northwind/contact-center-guide.jsonl")).get(0);
    } catch (GuideReadException e) {
      throw new AssertionError(e);
    }
  }

  private static List<Page> map(List<Page> pages, Random random, java.util.function.UnaryOperator<String> change) {
    List<Page> changed = new ArrayList<>();
    for (Page page : pages) {
      boolean hit = random.nextInt(3) == 0;
      changed.add(hit ? new Page(change.apply(page.text()), page.source(), page.cutAtStart(), hit || page.cutAtEnd())
          : page);
    }
    return changed;
  }

  private static String junk(Random random) {
    StringBuilder junk = new StringBuilder();
    String alphabet = "<>/:—–-()|{}?&=\"'\\\u0000\u0001\u00ff\ufffd\u202e\ud83d\ude00 HTTP Method: URI: 400: ";
    for (int i = 0; i < 1 + random.nextInt(200); i++) {
      junk.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return junk.toString();
  }
}
