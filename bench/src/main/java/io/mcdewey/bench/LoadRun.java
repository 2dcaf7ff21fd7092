package io.mcdewey.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent clients each making a fixed number of calls one after another, timing every call. A call that throws
 * or answers wrongly counts as an error; the run always ends after its calls, whatever they answer.
 */
final class LoadRun {
  /** One client's way of making its n-th call; returns whether the answer was right. */
  interface Client extends AutoCloseable {
    boolean call(int n) throws Exception;

    @Override
    default void close() throws Exception {}
  }

  /** Makes a client for the {@code index}-th concurrent caller. */
  interface ClientFactory {
    Client open(int index) throws Exception;
  }

  private LoadRun() {}

  static Latencies run(int clients, int callsEach, ClientFactory factory) throws Exception {
    List<Client> opened = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      opened.add(factory.open(i));
    }
    long[] nanos = new long[clients * callsEach];
    AtomicInteger succeeded = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Client client : opened) {
        running.add(pool.submit(() -> {
          for (int n = 0; n < callsEach; n++) {
            long before = System.nanoTime();
            boolean right;
            try {
              right = client.call(n);
            } catch (Exception e) {
              right = false;
            }
            long took = System.nanoTime() - before;
            if (right) {
              nanos[succeeded.getAndIncrement()] = took;
            } else {
              errors.incrementAndGet();
            }
          }
        }));
      }
      for (Future<?> client : running) {
        client.get();
      }
    } finally {
      pool.shutdownNow();
      for (Client client : opened) {
        client.close();
      }
    }
    long wall = System.nanoTime() - start;
    return Latencies.of(Arrays.copyOf(nanos, succeeded.get()), errors.get(), wall);
  }
}
