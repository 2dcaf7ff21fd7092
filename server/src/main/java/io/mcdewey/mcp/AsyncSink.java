package io.mcdewey.mcp;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** An event stream's sink: the body of a {@code GET} response kept open, each event flushed as it is written. */
final class AsyncSink implements EventStream.Sink {
  private final AsyncContext async;
  private final HttpServletResponse response;
  private boolean closed;

  AsyncSink(AsyncContext async, HttpServletResponse response) {
    this.async = async;
    this.response = response;
  }

  @Override
  public void write(String text) throws IOException {
    if (closed) {
      throw new IOException("the stream is closed");
    }
    response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    response.flushBuffer();
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      try {
        async.complete();
      } catch (IllegalStateException e) {
        // the container completed it already, as when the client went away
      }
    }
  }
}
