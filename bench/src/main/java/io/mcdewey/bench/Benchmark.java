package io.mcdewey.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times McDewey on the shared corpus of real guides and prints the figures.
 *
 * <p>Usage: {@code bench/run [corpus] [--warmup SECONDS] [--iterations N] [--only TEXT]}. The corpus folder
 * defaults to {@code MCDEWEY_CORPUS}, then to {@code ../shared/corpus}; {@code --only} keeps the cases whose input
 * or task contains the text.
 */
public final class Benchmark {
  private Benchmark() {}

  private static final String USAGE =
      "usage: bench/run [corpus] [--warmup SECONDS] [--iterations N] [--only TEXT]";

  /** Every case the benchmark knows, in the order it prints them; new kinds of work are added here. */
  static List<Case> cases(Corpus corpus) throws IOException {
    List<Case> cases = new ArrayList<>();
    for (GuideFile guide : corpus.guides()) {
      cases.add(new ReadAndParse(guide));
      cases.add(new ParseOnly(guide));
      if (guide.copies() == 1) {
        cases.add(new GenerateSdk(guide));
      }
    }
    return cases;
  }

  public static void main(String[] args) throws Exception {
    System.exit(run(args));
  }

  private static int run(String[] args) throws Exception {
    Settings settings;
    try {
      settings = Settings.parse(List.of(args), System.getenv("MCDEWEY_CORPUS"));
    } catch (IllegalArgumentException e) {
      System.err.println("bench: " + e.getMessage() + "\n" + USAGE);
      return 2;
    }
    if (!Files.isDirectory(settings.corpus())) {
      System.err.println("bench: no corpus at " + settings.corpus() + "; pass its folder or set MCDEWEY_CORPUS");
      return 2;
    }
    Path scratch = Files.createTempDirectory("mcdewey-bench");
    try {
      Corpus corpus = new Corpus(settings.corpus(), scratch);
      List<Case> cases;
      try {
        corpus.writeReplicas();
        cases = cases(corpus);
      } catch (NoSuchFileException e) {
        System.err.println("bench: the corpus at " + settings.corpus() + " lacks " + e.getFile());
        return 2;
      }
      if (cases.stream().noneMatch(settings::selects)) {
        System.err.println("bench: no case's input or task contains '" + settings.only() + "'");
        return 2;
      }
      List<Measurement> measurements = measure(corpus, cases, settings, System.err);
      System.out.print(Report.render(Machine.current(), settings.warm(), measurements));
      return 0;
    } finally {
      deleteTree(scratch);
    }
  }

  /** Times the selected cases; {@code cases} must be {@link #cases} of the corpus, as the cold runs list them. */
  private static List<Measurement> measure(Corpus corpus, List<Case> cases, Settings settings, PrintStream progress)
      throws Exception {
    List<Measurement> measurements = new ArrayList<>();
    for (int index = 0; index < cases.size(); index++) {
      Case measured = cases.get(index);
      if (!settings.selects(measured)) {
        continue;
      }
      progress.println("timing " + measured.input().label() + ", " + measured.task());
      long cold = ColdStart.nanos(corpus, index);
      measured.setUp();
      WarmRuns.Times warm = settings.warm().time(measured);
      measurements.add(new Measurement(measured, warm.operations(), cold, warm.nanos(), HeapUse.of(measured)));
    }
    return measurements;
  }

  /** Deletes a folder and everything in it. */
  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
