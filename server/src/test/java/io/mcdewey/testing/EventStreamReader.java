package io.mcdewey.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a server-sent event stream as it arrives, block by block (the lines up to a blank line), on a thread of its
 * own so that a test waits for the next block with a deadline instead of blocking for good.
 */
public final class EventStreamReader implements AutoCloseable {
  private static final List<String> END = List.of();

  private final InputStream body;
  private final BlockingQueue<List<String>> blocks = new LinkedBlockingQueue<>();

  public EventStreamReader(InputStream body) {
    this.body = body;
    Thread reader = new Thread(this::read, "event-stream-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /** The next block's lines, such as {@code id: 3}, {@code data: {...}} or {@code : keep-alive}. */
  public List<String> next(Duration wait) throws InterruptedException {
    List<String> block = blocks.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    if (block == null) {
      throw new AssertionError("no event within " + wait);
    }
    if (block == END) {
      throw new AssertionError("the stream ended");
    }
    return block;
  }

  /** The value of a field of a block ({@code id}, {@code data}, {@code retry}), or {@code null}. */
  public static String field(List<String> block, String name) {
    for (String line : block) {
      if (line.startsWith(name + ":")) {
        return line.substring(name.length() + 1).strip();
      }
    }
    return null;
  }

  private void read() {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
      List<String> block = new ArrayList<>();
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isEmpty()) {
          blocks.add(block);
          block = new ArrayList<>();
        } else {
          block.add(line);
        }
      }
    } catch (IOException e) {
      // the stream was closed
    }
    blocks.add(END);
  }

  @Override
  public void close() throws IOException {
    body.close();
  }
}
