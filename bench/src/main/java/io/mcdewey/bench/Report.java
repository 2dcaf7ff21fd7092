package io.mcdewey.bench;

import io.mcdewey.cli.TextTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The printed benchmark: the machine, how it measured, one row per case, and how cost grows with input. */
final class Report {

  private Report() {}

  static String render(Machine machine, WarmRuns warm, List<Measurement> measurements) {
    StringBuilder out = new StringBuilder();
    out.append("McDewey benchmark\n\n");
    out.append("JVM         ").append(machine.jvm()).append('\n');
    out.append("OS          ").append(machine.os()).append('\n');
    out.append("processors  ").append(machine.processors());
    if (machine.loadAverage() >= 0) {
      out.append(String.format(Locale.ROOT, " (load average %.2f over the last minute)", machine.loadAverage()));
    }
    out.append('\n');
    out.append("max heap    ").append(megabytes(machine.maxHeapBytes())).append(" MB\n");
    out.append("collectors  ").append(String.join(", ", machine.collectors())).append("\n\n");
    out.append(cases(measurements)).append('\n');
    out.append(generation(measurements));
    out.append(growth(measurements));
    out.append(notes(warm, measurements));
    return out.toString();
  }

  private static String cases(List<Measurement> measurements) {
    TextTable table = new TextTable("input", "task", "MB", "ops/files", "cold ms", "median ms", "best ms", "MB/s median",
        "MB/s best", "goal MB/s", "median/goal", "alloc MB", "peak heap MB")
        .alignRight(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    for (Measurement m : measurements) {
      double median = m.megabytesPerSecond(m.medianNanos());
      table.add(m.measured().input().label(), m.measured().task(), figure(m.measured().input().megabytes()),
          Integer.toString(m.operations()), millis(m.coldNanos()), millis(m.medianNanos()), millis(m.bestNanos()),
          figure(median), figure(m.megabytesPerSecond(m.bestNanos())),
          figure(m.measured().input().goal()),
          String.format(Locale.ROOT, "%.2fx", median / m.measured().input().goal()),
          figure(m.heap().allocatedBytes() / 1e6), figure(m.heap().peakBytes() / 1e6));
    }
    return table.render("");
  }

  /** Files generated per second, for the cases that generate: the measure of the SDK generator. */
  private static String generation(List<Measurement> measurements) {
    StringBuilder out = new StringBuilder();
    for (Measurement m : measurements) {
      if (m.measured().countsFiles()) {
        out.append(String.format(Locale.ROOT, "  %s: %d files, median %s ms (%.0f files/s), best %s ms (%.0f files/s)%n",
            m.measured().input().label(), m.operations(), millis(m.medianNanos()),
            m.operations() / (m.medianNanos() / 1e9), millis(m.bestNanos()), m.operations() / (m.bestNanos() / 1e9)));
      }
    }
    return out.length() == 0 ? "" : "SDK generation (parse included; DTOs, client, server, pom, README)\n" + out + '\n';
  }

  /**
   * For each task over copies of one guide, the best time of each size relative to one copy: the best run is the
   * one least slowed by other work on the machine, so it shows the cost of the work itself most clearly.
   */
  private static String growth(List<Measurement> measurements) {
    Map<String, List<Measurement>> series = new LinkedHashMap<>();
    for (Measurement m : measurements) {
      series.computeIfAbsent(m.measured().input().name() + ", " + m.measured().task(), key -> new ArrayList<>()).add(m);
    }
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, List<Measurement>> entry : series.entrySet()) {
      Measurement one = entry.getValue().stream().filter(m -> m.measured().input().copies() == 1).findFirst()
          .orElse(null);
      if (one == null || entry.getValue().size() < 2) {
        continue;
      }
      StringBuilder line = new StringBuilder("  ").append(entry.getKey()).append(':');
      for (Measurement larger : entry.getValue()) {
        if (larger != one) {
          line.append(String.format(Locale.ROOT, "  x%.1f size -> x%.1f time,",
              (double) larger.measured().input().bytes() / one.measured().input().bytes(),
              (double) larger.bestNanos() / one.bestNanos()));
        }
      }
      out.append(line, 0, line.length() - 1).append('\n');
    }
    return out.length() == 0 ? ""
        : "growth (best warm time against one copy; linear cost keeps the two factors equal)\n" + out + '\n';
  }

  private static String notes(WarmRuns warm, List<Measurement> measurements) {
    long lowest = measurements.stream().mapToLong(m -> m.heap().baselineBytes()).min().orElse(0);
    long highest = measurements.stream().mapToLong(m -> m.heap().baselineBytes()).max().orElse(0);
    return "cold: the first run in a fresh JVM, set-up untimed. warm: after " + warm.warmUp().toSeconds()
        + " s of untimed runs, the median and best of " + warm.iterations() + " timed runs.\n"
        + "MB/s: input file size over time. goal: the warm speed aimed at, 20 MB/s for Finesse and 10 MB/s for a\n"
        + "vendor's guide; median/goal at 1.00x or more meets it. Reported, never enforced.\n"
        + "alloc MB: what one warm run allocated (thread allocation counter). peak heap MB: the sum of the heap\n"
        + "pools' peaks during one warm run begun after System.gc(), an upper bound that includes the "
        + megabytes(lowest) + "-" + megabytes(highest) + " MB\n"
        + "in use before the run.\n";
  }

  private static String millis(long nanos) {
    return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
  }

  private static String figure(double value) {
    return String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.1f", value);
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / 1e6);
  }
}
