package io.mcdewey.mcp;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;

/** Runs an action once a kept-open response ends, however it ends. */
final class StreamEnd implements AsyncListener {
  private final Runnable action;

  StreamEnd(Runnable action) {
    this.action = action;
  }

  @Override
  public void onComplete(AsyncEvent event) {
    action.run();
  }

  @Override
  public void onTimeout(AsyncEvent event) {
    action.run();
  }

  @Override
  public void onError(AsyncEvent event) {
    action.run();
  }

  @Override
  public void onStartAsync(AsyncEvent event) {
    // a kept-open response is not restarted
  }
}
