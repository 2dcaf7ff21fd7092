package io.mcdewey.mcp;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open sessions, by id. Ids are 128 random bits, so that one client cannot guess another's. A timer sends
 * keep-alives on open event streams and ends sessions idle for longer than the limit.
 */
final class McpSessions implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(McpSessions.class);

  private final Map<String, McpSession> sessions = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final long idleLimitNanos;
  private final int maxSessions;
  private final ScheduledExecutorService timer;

  McpSessions(Duration idleLimit, int maxSessions, Duration keepAlive) {
    this.idleLimitNanos = idleLimit.toNanos();
    this.maxSessions = maxSessions;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "mcp-keep-alive");
      thread.setDaemon(true);
      return thread;
    });
    timer.scheduleWithFixedDelay(this::tend, keepAlive.toMillis(), keepAlive.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** A new session, or a transport error when the server already holds as many as it keeps. */
  McpSession open(String protocolVersion) throws JsonRpcException {
    if (sessions.size() >= maxSessions) {
      endIdle();
      if (sessions.size() >= maxSessions) {
        throw new JsonRpcException(JsonRpcException.TRANSPORT_ERROR, "the server holds " + maxSessions
            + " sessions already; end one with DELETE or try later");
      }
    }
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    McpSession session = new McpSession(HexFormat.of().formatHex(bytes), protocolVersion);
    sessions.put(session.id(), session);
    return session;
  }

  Optional<McpSession> find(String id) {
    McpSession session = sessions.get(id);
    if (session != null) {
      session.touch();
    }
    return Optional.ofNullable(session);
  }

  /** Ends a session; whether there was one. */
  boolean end(String id) {
    McpSession session = sessions.remove(id);
    if (session != null) {
      session.events().close();
    }
    return session != null;
  }

  @Override
  public void close() {
    timer.shutdownNow();
    sessions.values().forEach(s -> s.events().close());
    sessions.clear();
  }

  /** Never throws: an exception would end the timer's schedule, and with it every later keep-alive. */
  private void tend() {
    try {
      endIdle();
      sessions.values().forEach(s -> s.events().keepAlive());
    } catch (RuntimeException e) {
      LOG.warn("tending the MCP sessions failed", e);
    }
  }

  /** A session whose client keeps an event stream open is in use however long it stays silent. */
  private void endIdle() {
    sessions.values().removeIf(s -> {
      boolean idle = !s.events().isOpen() && s.idleNanos() > idleLimitNanos;
      if (idle) {
        s.events().close();
      }
      return idle;
    });
  }
}
