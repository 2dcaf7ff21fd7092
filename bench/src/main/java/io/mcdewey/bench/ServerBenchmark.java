package io.mcdewey.bench;

import io.mcdewey.cli.TextTable;
import io.mcdewey.search.CachingEmbedder;
import io.mcdewey.search.Library;
import io.mcdewey.search.LibrarySearch;
import io.mcdewey.search.MiniLmEmbedder;
import io.mcdewey.search.SearchIndex;
import io.mcdewey.search.SyncReport;
import io.mcdewey.server.LibraryServer;
import io.mcdewey.server.ServerSettings;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Times the library server on the shared corpus (its chunk exports): how fast the index is built, and how fast
 * {@code /api/search} and the MCP tool {@code search_endpoints} answer many concurrent clients over HTTP on this
 * machine's loopback, the clients running in a process of their own ({@link LoadClients}). Prints figures; asserts
 * nothing.
 *
 * <p>Usage: {@code bench/server [corpus] [--clients N] [--calls N]} (16 clients and 1000 calls each by default).
 */
public final class ServerBenchmark {
  private ServerBenchmark() {}

  /** The goals of the issue, printed beside the figures. */
  static final double TARGET_ENTRIES_PER_SECOND = 200;
  static final double TARGET_P95_MILLIS = 10;

  /** The server's processor time per call in the last load run, warm-up calls included. */
  private static double lastProcessorMillisPerCall;

  public static void main(String[] args) throws Exception {
    int clients = 16;
    int calls = 1000;
    String fromEnvironment = System.getenv("MCDEWEY_CORPUS");
    Path corpus = fromEnvironment == null || fromEnvironment.isBlank() ? Corpus.DEFAULT_ROOT : Path.of(fromEnvironment);
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--clients" -> clients = Integer.parseInt(args[++i]);
        case "--calls" -> calls = Integer.parseInt(args[++i]);
        default -> corpus = Path.of(args[i]);
      }
    }
    if (!Files.isDirectory(corpus)) {
      System.err.println("bench/server: no corpus at " + corpus + "; pass its folder or set MCDEWEY_CORPUS");
      System.exit(2);
    }
    System.exit(run(corpus, clients, calls));
  }

  private static int run(Path corpus, int clients, int calls) throws Exception {
    Library library = Library.read(corpus);
    Path indexFolder = Files.createTempDirectory("mcdewey-bench-index");
    TextTable figures = new TextTable("measure", "figure", "goal").alignRight(1);
    int errors = 0;
    try (SearchIndex index = SearchIndex.open(indexFolder, new CachingEmbedder(new MiniLmEmbedder(), 4096))) {
      System.err.println("building the index of " + corpus);
      long processorBefore = processorNanos();
      SyncReport build = index.sync(library);
      double processorSeconds = (processorNanos() - processorBefore) / 1e9;
      double perProcessorSecond = build.entries() / processorSeconds;
      SyncReport again = index.sync(library);
      figures.add("index build: " + build.entries() + " entries (" + library.chunkCount() + " chunks, "
          + library.endpointCount() + " endpoints)", build.millis() + " ms", "")
          .add("index build rate", String.format(Locale.ROOT, "%.1f entries/s", build.entriesPerSecond()),
              goal(build.entriesPerSecond() >= TARGET_ENTRIES_PER_SECOND, ">= " + (int) TARGET_ENTRIES_PER_SECOND))
          .add("index build: processor time", String.format(Locale.ROOT, "%.1f s", processorSeconds), "")
          .add("index build: entries per processor-second (unloaded 2 cores give twice this)",
              String.format(Locale.ROOT, "%.1f", perProcessorSecond),
              goal(perProcessorSecond * 2 >= TARGET_ENTRIES_PER_SECOND, ">= " + (int) TARGET_ENTRIES_PER_SECOND / 2))
          .add("re-index of the unchanged library", again.millis() + " ms", "");
      addNextRelease(figures, corpus);
      try (LibraryServer server = LibraryServer.start(new LibrarySearch(library, index), ServerSettings.local(0),
          "bench")) {
        URI base = server.uri();
        System.err.println("timing /api/search: 1 client x " + calls + " calls");
        Latencies alone = remote(base, "api", 1, calls);
        errors += alone.errors();
        add(figures, "/api/search", 1, alone);

        System.err.println("timing /api/search: " + clients + " clients x " + calls + " calls");
        Latencies api = remote(base, "api", clients, calls);
        errors += api.errors();
        add(figures, "/api/search", clients, api);

        System.err.println("timing MCP search_endpoints: " + clients + " clients x " + calls + " calls");
        Latencies mcp = remote(base, "mcp", clients, calls);
        errors += mcp.errors();
        add(figures, "MCP search_endpoints", clients, mcp);

        int fresh = Math.max(1, calls / 10);
        System.err.println("timing /api/search with new questions: " + clients + " clients x " + fresh + " calls");
        Latencies unseen = remote(base, "fresh", clients, fresh);
        errors += unseen.errors();
        add(figures, "/api/search, every question new (embedded)", clients, unseen);
      }
    } finally {
      Benchmark.deleteTree(indexFolder);
    }
    System.out.println("McDewey server benchmark on " + corpus + "\n");
    System.out.println("processors  " + Runtime.getRuntime().availableProcessors() + String.format(Locale.ROOT,
        " (load average %.2f)", Machine.current().loadAverage()));
    System.out.println();
    System.out.print(figures.render(""));
    System.out.println("\nerrors: " + errors);
    return errors == 0 ? 0 : 1;
  }

  /** Indexes the Finesse export, then a next release of it beside it, in an index of their own. */
  private static void addNextRelease(TextTable figures, Path corpus) throws Exception {
    Path folder = Files.createTempDirectory("mcdewey-bench-release");
    try (SearchIndex index = SearchIndex.open(folder.resolve("index"), new MiniLmEmbedder())) {
      System.err.println("indexing a next release of the Finesse export");
      Path library = NextRelease.current(corpus, folder.resolve("library"));
      index.sync(Library.read(library));
      NextRelease.add(corpus, library);
      Library both = Library.read(library);
      long processorBefore = processorNanos();
      SyncReport release = index.sync(both);
      double processorSeconds = (processorNanos() - processorBefore) / 1e9;
      String what = "next release of the Finesse export (1 page in " + NextRelease.CHANGED_EVERY + " changed): "
          + release.entries() + " entries, " + release.embedded() + " embedded";
      figures.add(what, release.millis() + String.format(Locale.ROOT, " ms, %.0f entries/s",
              release.entriesPerSecond()),
              goal(release.entriesPerSecond() >= TARGET_ENTRIES_PER_SECOND, ">= " + (int) TARGET_ENTRIES_PER_SECOND))
          .add(what + ": entries per processor-second", String.format(Locale.ROOT, "%.1f",
              release.entries() / processorSeconds), "");
    } finally {
      Benchmark.deleteTree(folder);
    }
  }

  /** The processor time of this process, the server's, in nanoseconds: a figure the machine's load hardly moves. */
  private static long processorNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static void add(TextTable figures, String what, int clients, Latencies latencies) {
    String calls = what + ", " + clients + (clients == 1 ? " client, " : " clients, ") + latencies.calls() + " calls";
    figures.add(calls + ": p50", millis(latencies.percentileMillis(50)), "")
        .add(calls + ": p95", millis(latencies.percentileMillis(95)),
            goal(latencies.percentileMillis(95) <= TARGET_P95_MILLIS, "<= " + (int) TARGET_P95_MILLIS + " ms"))
        .add(calls + ": p99", millis(latencies.percentileMillis(99)), "")
        .add(calls + ": throughput", String.format(Locale.ROOT, "%.0f calls/s", latencies.callsPerSecond()), "")
        .add(calls + ": errors", Integer.toString(latencies.errors()), goal(latencies.errors() == 0, "0"))
        .add(calls + ": server processor time per call", millis(lastProcessorMillisPerCall), "");
  }

  /** A load run by {@link LoadClients} in a Java process of its own, on this benchmark's class path. */
  private static Latencies remote(URI base, String kind, int clients, int calls) throws Exception {
    long processorBefore = processorNanos();
    Process load = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), LoadClients.class.getName(), base.toString(), kind,
        Integer.toString(clients), Integer.toString(calls))
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String line = new String(load.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (load.waitFor() != 0 || line.isEmpty()) {
      throw new IllegalStateException("the load clients failed (exit " + load.exitValue() + ")");
    }
    String[] numbers = line.split(" ");
    long[] nanos = new long[numbers.length - 2];
    for (int i = 2; i < numbers.length; i++) {
      nanos[i - 2] = Long.parseLong(numbers[i]);
    }
    int served = nanos.length + Integer.parseInt(numbers[0]) + LoadClients.warmUpCalls(kind, clients);
    lastProcessorMillisPerCall = (processorNanos() - processorBefore) / 1e6 / served;
    return Latencies.of(nanos, Integer.parseInt(numbers[0]), Long.parseLong(numbers[1]));
  }

  private static String millis(double value) {
    return String.format(Locale.ROOT, "%.2f ms", value);
  }

  private static String goal(boolean met, String goal) {
    return goal + (met ? " met" : " MISSED");
  }
}
