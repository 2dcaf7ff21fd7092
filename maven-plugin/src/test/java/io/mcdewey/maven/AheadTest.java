package io.mcdewey.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class AheadTest {

  @Test
  void runsTheWorkOnAnotherThreadAndGivesItsResult() throws IOException {
    Thread caller = Thread.currentThread();
    Ahead<Thread, IOException> ahead = Ahead.start("test", IOException.class, Thread::currentThread);
    Thread worker = ahead.get();
    assertNotSame(caller, worker);
    assertEquals("test", worker.getName());
    assertTrue(worker.isDaemon(), "a build stopping early must not wait for it");
  }

  @Test
  void rethrowsTheCheckedExceptionItself() {
    IOException thrown = new IOException("unreadable");
    Ahead<String, IOException> ahead = Ahead.start("test", IOException.class, () -> {
      throw thrown;
    });
    assertSame(thrown, assertThrows(IOException.class, ahead::get));
  }

  @Test
  void rethrowsUncheckedExceptionsAndErrorsAsTheyWere() {
    IllegalArgumentException runtime = new IllegalArgumentException("bad");
    assertSame(runtime, assertThrows(IllegalArgumentException.class,
        Ahead.start("test", IOException.class, () -> {
          throw runtime;
        })::get));
    AssertionError error = new AssertionError("broken");
    assertSame(error, assertThrows(AssertionError.class, Ahead.start("test", IOException.class, () -> {
      throw error;
    })::get));
  }

  @Test
  void anInterruptedCallerStillGetsTheResultAndKeepsItsInterruption() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Ahead<String, InterruptedException> ahead = Ahead.start("test", InterruptedException.class, () -> {
      release.await();
      return "done";
    });
    Thread.currentThread().interrupt();
    Thread releaser = new Thread(release::countDown);
    releaser.start();
    try {
      assertEquals("done", ahead.get());
      assertTrue(Thread.interrupted(), "the interruption is passed on");
    } finally {
      releaser.join();
    }
  }
}
