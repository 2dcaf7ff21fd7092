package io.mcdewey.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Applies a function whose cost grows with a text's length to many texts on several threads, each thread taking the
 * longest text left: the threads then finish together, where halving the list, as a parallel stream does, leaves one
 * core idle while the other embeds the long pages that happened to fall in its half.
 */
final class LongestFirst {
  private LongestFirst() {}

  /** The function's results, in the order of the texts. */
  static <R> List<R> map(List<String> texts, Function<String, R> function, int threads) {
    Integer[] order = IntStream.range(0, texts.size()).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> texts.get(i).length()).reversed());
    Object[] results = new Object[texts.size()];
    AtomicInteger next = new AtomicInteger();
    Runnable worker = () -> {
      for (int taken = next.getAndIncrement(); taken < order.length; taken = next.getAndIncrement()) {
        int index = order[taken];
        results[index] = function.apply(texts.get(index));
      }
    };
    int helpers = Math.min(threads, texts.size()) - 1;
    if (helpers > 0) {
      ExecutorService pool = Executors.newFixedThreadPool(helpers, runnable -> {
        Thread thread = new Thread(runnable, "embedding");
        thread.setDaemon(true);
        return thread;
      });
      try {
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < helpers; i++) {
          running.add(pool.submit(worker));
        }
        worker.run();
        for (Future<?> helper : running) {
          helper.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while embedding", e);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
      } finally {
        pool.shutdownNow();
      }
    } else {
      worker.run();
    }
    @SuppressWarnings("unchecked")
    List<R> list = (List<R>) Arrays.asList(results);
    return List.copyOf(list);
  }
}
