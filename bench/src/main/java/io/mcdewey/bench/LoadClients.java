package io.mcdewey.bench;

import java.net.URI;
import java.util.StringJoiner;

/**
 * The server benchmark's load clients, run in a process of their own so that the server's process does not also
 * carry them: warms up, makes the calls, and prints one line, the errors, the run's wall time and every successful
 * call's time in nanoseconds, for the benchmark to read.
 *
 * <p>Usage: {@code LoadClients BASE_URI api|mcp|fresh CLIENTS CALLS}.
 */
public final class LoadClients {
  private static final int WARM_UP_CALLS = 50;
  /**
   * New questions warm up longer: the loads before them are answered from remembered results, so the searches and
   * the model they run are still being compiled when they start, which would count against them.
   */
  private static final int FRESH_WARM_UP_CALLS = 400;

  private LoadClients() {}

  private static int warmUpClients(int clients) {
    return Math.min(clients, 4);
  }

  private static int warmUpCallsEach(String kind) {
    return kind.equals("fresh") ? FRESH_WARM_UP_CALLS : WARM_UP_CALLS;
  }

  /** The calls made before the measured ones, to warm up both sides. */
  static int warmUpCalls(String kind, int clients) {
    return warmUpClients(clients) * warmUpCallsEach(kind);
  }

  public static void main(String[] args) throws Exception {
    URI base = URI.create(args[0]);
    String kind = args[1];
    int clients = Integer.parseInt(args[2]);
    int calls = Integer.parseInt(args[3]);
    // New questions warm up with new questions of their own: the server remembers the results of those asked before,
    // so only new ones make it run the searches and the model that the measured calls will.
    LoadRun.run(warmUpClients(clients), warmUpCallsEach(kind), SearchCalls.clients(kind, base, "warm-up "));
    Latencies latencies = LoadRun.run(clients, calls, SearchCalls.clients(kind, base, ""));
    StringJoiner line = new StringJoiner(" ");
    line.add(Integer.toString(latencies.errors())).add(Long.toString(latencies.wallNanos()));
    for (long nanos : latencies.sortedNanos()) {
      line.add(Long.toString(nanos));
    }
    System.out.println(line);
  }
}
