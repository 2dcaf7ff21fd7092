package io.mcdewey.maven;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work begun on a thread of its own, so that it runs while the goal's own thread does something else: in a build's
 * cold JVM, starting Velocity costs about as much as a tenth of reading a guide, and a machine often has a core to
 * spare meanwhile. Its result, or what it threw, is taken with {@link #get()}.
 *
 * @param <T> what the work makes
 * @param <E> the checked exception the work may throw, rethrown as it was by {@link #get()}
 */
final class Ahead<T, E extends Exception> {

  /** The work: makes a value or throws. */
  @FunctionalInterface
  interface Work<T, E extends Exception> {
    T run() throws E;
  }

  private final FutureTask<T> task;
  private final Class<E> failure;

  private Ahead(Work<T, E> work, Class<E> failure) {
    this.task = new FutureTask<>(work::run);
    this.failure = failure;
  }

  /**
   * Starts the work on a daemon thread, which a build stopping early does not wait for.
   *
   * @param name the thread's name, for thread dumps
   * @param failure the class of the checked exception the work may throw
   */
  static <T, E extends Exception> Ahead<T, E> start(String name, Class<E> failure, Work<T, E> work) {
    Ahead<T, E> ahead = new Ahead<>(work, failure);
    Thread thread = new Thread(ahead.task, name);
    thread.setDaemon(true);
    thread.start();
    return ahead;
  }

  /** The work's result, once it is done; what it threw is thrown again. */
  T get() throws E {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          // The work is short and the goal needs its result; the interruption is passed on once it is done.
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private E rethrown(Throwable cause) {
    if (failure.isInstance(cause)) {
      return failure.cast(cause);
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    throw new IllegalStateException("the work threw " + cause, cause);
  }
}
