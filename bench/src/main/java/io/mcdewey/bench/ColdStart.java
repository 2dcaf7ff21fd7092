package io.mcdewey.bench;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times the first run of a case in a fresh JVM, where class loading, interpretation and compilation are still all
 * ahead, as they are for someone running the tool once. Timing it in the benchmark's own JVM would flatter every
 * case but the first, which would find the shared code already loaded and compiled.
 */
public final class ColdStart {
  private ColdStart() {}

  /**
   * Runs case {@code args[2]} of {@link Benchmark#cases} over the corpus folder {@code args[0]} and the scratch
   * folder {@code args[1]} once, set-up untimed, and prints the nanoseconds the run took.
   */
  public static void main(String[] args) throws Exception {
    Corpus corpus = new Corpus(Path.of(args[0]), Path.of(args[1]));
    Case cold = Benchmark.cases(corpus).get(Integer.parseInt(args[2]));
    cold.setUp();
    long start = System.nanoTime();
    cold.run();
    System.out.println(System.nanoTime() - start);
  }

  /** The first run of case {@code index}, in a JVM started for it with this JVM's heap and collector settings. */
  static long nanos(Corpus corpus, int index) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(forwardedOptions());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), ColdStart.class.getName(),
        corpus.root().toString(), corpus.scratch().toString(), Integer.toString(index)));
    Process child = new ProcessBuilder(command).redirectError(Redirect.INHERIT).start();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    int exit = child.waitFor();
    if (exit != 0 || out.isEmpty()) {
      throw new IllegalStateException("the cold run of case " + index + " failed (exit " + exit + ")");
    }
    return Long.parseLong(out.substring(out.lastIndexOf('\n') + 1));
  }

  /** The options this JVM was started with that shape the heap and the compiler; not recorders or agents. */
  private static List<String> forwardedOptions() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(option -> option.startsWith("-Xm") || option.startsWith("-Xss") || option.startsWith("-XX:"))
        .filter(option -> !option.startsWith("-XX:StartFlightRecording") && !option.startsWith("-XX:FlightRecorder"))
        .toList();
  }
}
