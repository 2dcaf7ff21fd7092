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

  private LoadClients() {}

  private static int warmUpClients(int clients) {
    return Math.min(clients, 4);
  }

  /** The calls made before the measured ones, to warm up both sides. */
  static int warmUpCalls(int clients) {
    return warmUpClients(clients) * WARM_UP_CALLS;
  }

  public static void main(String[] args) throws Exception {
    URI base = URI.create(args[0]);
    String kind = args[1];
    int clients = Integer.parseInt(args[2]);
    int calls = Integer.parseInt(args[3]);
    LoadRun.run(warmUpClients(clients), WARM_UP_CALLS, SearchCalls.clients(kind.equals("fresh") ? "api" : kind,
        base));
    Latencies latencies = LoadRun.run(clients, calls, SearchCalls.clients(kind, base));
    StringJoiner line = new StringJoiner(" ");
    line.add(Integer.toString(latencies.errors())).add(Long.toString(latencies.wallNanos()));
    for (long nanos : latencies.sortedNanos()) {
      line.add(Long.toString(nanos));
    }
    System.out.println(line);
  }
}
