package io.mcdewey.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.export.ModelJson;
import io.mcdewey.json.Json;
import io.mcdewey.model.Api;
import io.mcdewey.source.GuideDocument;
import io.mcdewey.source.GuideReader;
import io.mcdewey.source.Page;
import io.mcdewey.testing.Reflows;
import io.mcdewey.testing.Repository;
import io.mcdewey.testing.SharedCorpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property tests: a guide laid out again as another conversion would lay it out (doubled spaces, other line breaks,
 * paragraphs wrapped at 72 columns) reads into the same model, but for the lines provenance points at.
 *
 * <p>Guides read by the flattened-tables layout, in both their forms, take every reflow, and so does the markdown
 * sample; Synapse's markdown takes wrapping at 72 columns too, and CouchDB's reStructuredText line breaks between
 * words. Other guides read by the generic-markdown layout take doubled spaces; line breaks inside a paragraph still
 * change what they read, since the markdown reader reads many constructs a line at a time ("Label: value" lines, a cell
 * per line, a request's name over its URL): a sentence broken after a noun before a capitalised label word reads as
 * a label, and in pages converted from HTML a line is a block of its own, so wrapping at 72 columns joins blocks.
 * Sentences broken before a word in lower case or after one that ends no sentence ({@code the}), and a list item's own
 * lines, read as one text.
 */
@Timeout(300)
class ReflowTest {
  private static final int SEEDS = 5;
  private static final String NORTHWIND_PROFILE = "samples/guides/northwind/northwind-profile.json";

  /** A flattened guide of the shared corpus or of the project's samples, as a chunk export or as markdown. */
  enum Guide {
    FINESSE_CHUNKS(SharedCorpus::root, "finesse-v12.5/chunks.jsonl", false),
    FINESSE_MARKDOWN(SharedCorpus::root, "finesse-v12.5/developer-guide.md", false),
    NORTHWIND_CHUNKS(Repository::root, "samples/guides/northwind/contact-center-guide.jsonl", true),
    NORTHWIND_MARKDOWN(Repository::root, "samples/guides/northwind/contact-center-guide.md", true),
    NORTHWIND_4_0(Repository::root,
        "samples/diff/guides/northwind/v4.0/contact-center-guide/contact-center-guide.md", true),
    NORTHWIND_4_1(Repository::root,
        "samples/diff/guides/northwind/v4.1/contact-center-guide/contact-center-guide.md", true),
    NORTHWIND_GENERIC_MARKDOWN(Repository::root, "samples/guides/northwind-markdown/contact-center-guide.md", false),
    COUCHDB(SharedCorpus::root, "vendors/apache-couchdb/guide.md", false, Reflow.DOUBLED_SPACES,
        Reflow.LINE_BREAKS),
    ASPNET(SharedCorpus::root, "vendors/aspnet-webapi-helppage/guide.md", false, Reflow.DOUBLED_SPACES),
    HUAWEI(SharedCorpus::root, "vendors/huawei-cloud/guide.md", false, Reflow.DOUBLED_SPACES),
    URBANCODE(SharedCorpus::root, "vendors/ibm-hcl-urbancode/guide.md", false, Reflow.DOUBLED_SPACES),
    LITMOS(SharedCorpus::root, "vendors/litmos-training-operations/guide.md", false, Reflow.DOUBLED_SPACES),
    FAXFINDER(SharedCorpus::root, "vendors/multitech-faxfinder/guide.md", false, Reflow.DOUBLED_SPACES),
    SYNAPSE(SharedCorpus::root, "vendors/synapse-admin-api/guide.md", false, Reflow.DOUBLED_SPACES,
        Reflow.WRAPPED_AT_72),
    SYNCTHING(SharedCorpus::root, "vendors/syncthing/guide.md", false, Reflow.DOUBLED_SPACES);

    final Supplier<Path> root;
    final String relative;
    final boolean northwindProfile;
    /** The reflows the guide's layout reads through unchanged. */
    final Set<Reflow> reflows;

    Guide(Supplier<Path> root, String relative, boolean northwindProfile, Reflow... reflows) {
      this.root = root;
      this.relative = relative;
      this.northwindProfile = northwindProfile;
      this.reflows = reflows.length == 0 ? EnumSet.allOf(Reflow.class) : EnumSet.of(reflows[0], reflows);
    }

    boolean chunks() {
      return relative.endsWith(".jsonl");
    }
  }

  /** A way of laying a guide's text out again, given a seeded random source. */
  enum Reflow {
    DOUBLED_SPACES((text, markdown, random) -> Reflows.doubleSpaces(text, markdown, random, 0.3)),
    LINE_BREAKS((text, markdown, random) -> Reflows.breakLines(text, markdown, random, 0.15)),
    WRAPPED_AT_72((text, markdown, random) -> Reflows.wrap(text, markdown, 72));

    final Layout layout;

    Reflow(Layout layout) {
      this.layout = layout;
    }
  }

  /** Lays text out again: markdown only in its prose, page text anywhere. */
  interface Layout {
    String apply(String text, boolean markdown, Random random);
  }

  static Stream<Arguments> reflowedGuides() {
    return Stream.of(Guide.values()).flatMap(guide -> guide.reflows.stream()
        .flatMap(reflow -> IntStream.range(0, reflow == Reflow.WRAPPED_AT_72 ? 1 : SEEDS)
            .mapToObj(seed -> Arguments.of(guide, reflow, seed))));
  }

  @ParameterizedTest(name = "{0} {1} seed {2}")
  @MethodSource("reflowedGuides")
  void aReflowedGuideReadsIntoTheSameModel(Guide guide, Reflow reflow, int seed, @TempDir Path dir)
      throws Exception {
    Path file = guide.root.get().resolve(guide.relative);
    Random random = new Random(seed);
    Api original;
    Api reflowed;
    if (guide.chunks()) {
      GuideDocument document = new GuideReader().readChunkExport(file, guide.relative).get(0);
      List<Page> pages = document.pages().stream()
          .map(p -> new Page(reflow.layout.apply(p.text(), false, random), p.source(), p.cutAtStart(), p.cutAtEnd()))
          .toList();
      original = parse(document, guide);
      reflowed = parse(new GuideDocument(document.file(), document.product(), document.version(), document.name(),
          null, pages), guide);
    } else {
      Path copy = dir.resolve(guide.relative);
      Files.createDirectories(copy.getParent());
      Files.writeString(copy, reflow.layout.apply(Files.readString(file, StandardCharsets.UTF_8), true, random));
      original = parse(new GuideReader().readMarkdown(file, guide.relative), guide);
      reflowed = parse(new GuideReader().readMarkdown(copy, guide.relative), guide);
    }

    String expected = withoutLines(original);
    String actual = withoutLines(reflowed);
    assertEquals(expected, actual, () -> firstDifference(expected, actual));
  }

  /** The first line of the reflowed model that differs, with the lines before it, for the failure message. */
  private static String firstDifference(String expected, String actual) {
    List<String> before = expected.lines().toList();
    List<String> after = actual.lines().toList();
    int at = 0;
    while (at < before.size() && at < after.size() && before.get(at).equals(after.get(at))) {
      at++;
    }
    String context = String.join("\n", before.subList(Math.max(0, at - 6), at));
    return "models differ at line " + (at + 1) + ":\n" + context + "\n- " + (at < before.size() ? before.get(at) : "")
        + "\n+ " + (at < after.size() ? after.get(at) : "") + "\n";
  }

  private static Api parse(GuideDocument document, Guide guide) throws Exception {
    Profiles profiles = guide.northwindProfile
        ? Profiles.builtIn().with(Repository.file(NORTHWIND_PROFILE)) : Profiles.builtIn();
    return new GuideParser().parse(document, profiles.detect(document));
  }

  /** The model's JSON, without the line numbers of its provenance. */
  private static String withoutLines(Api api) {
    return Json.write(withoutLines(Json.parse(ModelJson.write(api))));
  }

  private static Object withoutLines(Object json) {
    if (json instanceof Map<?, ?> map) {
      Map<Object, Object> kept = new LinkedHashMap<>();
      map.forEach((key, value) -> {
        if (!"line".equals(key)) {
          kept.put(key, withoutLines(value));
        }
      });
      return kept;
    }
    if (json instanceof List<?> list) {
      return list.stream().map(ReflowTest::withoutLines).toList();
    }
    return json;
  }
}
