package io.mcdewey.mcp;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The stream of server-sent events a session receives its notifications on, opened by {@code GET /mcp}. A session has
 * one such stream at a time. Events are numbered in the order sent and the latest are kept, so that a client that
 * lost the connection reconnects with {@code Last-Event-ID} and receives what it missed.
 */
final class EventStream {
  /** How many sent events are kept for clients that reconnect. */
  static final int HISTORY = 256;
  /** How long a client should wait before reconnecting, in milliseconds, sent with the first event of a stream. */
  static final int RETRY_MILLIS = 2000;

  /** Where a stream's bytes go: the body of one open {@code GET} response. */
  interface Sink {
    void write(String text) throws IOException;

    /** Ends the response. */
    void close();
  }

  /** A second {@code GET} while a stream is open and the client does not say it lost it. */
  static final class Busy extends Exception {
    private static final long serialVersionUID = 1L;

    Busy() {
      super("the session already has an open event stream; one stream per session", null, false, false);
    }
  }

  private record Event(long id, String data) {}

  private final Deque<Event> history = new ArrayDeque<>();
  private long lastId;
  private Sink sink;

  /**
   * Sends the stream's events to {@code newSink} from now on. The first event primes the client with an id and a
   * reconnection delay; after a reconnection the events after {@code resumeAfter} follow.
   *
   * @param resumeAfter the last event id the client received, or {@code null} for a new stream
   * @throws Busy a stream is open and the client is not resuming
   */
  synchronized void open(Sink newSink, Long resumeAfter) throws Busy {
    if (sink != null && resumeAfter == null) {
      throw new Busy();
    }
    if (sink != null) {
      sink.close();
    }
    sink = newSink;
    long primingId = resumeAfter == null ? lastId : resumeAfter;
    write("id: " + primingId + "\nretry: " + RETRY_MILLIS + "\ndata: \n\n");
    if (resumeAfter != null) {
      for (Event event : history) {
        if (event.id() > resumeAfter) {
          write(format(event));
        }
      }
    }
  }

  /** Reads a {@code Last-Event-ID} header: an id this stream gave, or an {@link IllegalArgumentException}. */
  synchronized long eventId(String header) {
    try {
      long id = Long.parseLong(header.strip());
      if (id >= 0 && id <= lastId) {
        return id;
      }
    } catch (NumberFormatException e) {
      // not an id of ours; said below
    }
    throw new IllegalArgumentException("Last-Event-ID " + header + " is not an event of this session's stream");
  }

  /** Sends one JSON-RPC message, written on one line, now if the stream is open and to a client that resumes. */
  synchronized void send(String message) {
    Event event = new Event(++lastId, message);
    history.addLast(event);
    if (history.size() > HISTORY) {
      history.removeFirst();
    }
    write(format(event));
  }

  /** A comment line, which clients ignore, so that proxies keep the connection and a closed one is noticed. */
  synchronized void keepAlive() {
    write(": keep-alive\n\n");
  }

  synchronized boolean isOpen() {
    return sink != null;
  }

  /** Forgets the sink when it is this stream's, such as when its connection failed. */
  synchronized void detach(Sink closed) {
    if (sink == closed) {
      sink = null;
    }
  }

  synchronized void close() {
    if (sink != null) {
      sink.close();
      sink = null;
    }
  }

  private void write(String text) {
    if (sink == null) {
      return;
    }
    try {
      sink.write(text);
    } catch (IOException | IllegalStateException e) {
      // The client went away, or the container already ended the response: the stream is closed.
      sink.close();
      sink = null;
    }
  }

  private static String format(Event event) {
    return "id: " + event.id() + "\nevent: message\ndata: " + event.data() + "\n\n";
  }
}
