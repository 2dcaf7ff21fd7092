package io.mcdewey.server;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the server listens and whom it answers.
 *
 * @param host the address to bind; {@code 127.0.0.1} unless the server is meant to be reached from elsewhere
 * @param port the port, or 0 for any free one
 * @param token the bearer token every request must carry, or {@code null} for none
 * @param extraHosts host names besides the loopback ones that requests may address ({@code Host} header), for a
 *     server reached by name: {@code NAME} or {@code NAME:*} on any port, {@code NAME:PORT} on that port
 * @param extraOrigins web origins besides the server's own that browsers may call it from ({@code Origin} header)
 * @param maxRequestBytes the largest request body accepted
 * @param keepAlive how often an open MCP event stream gets a keep-alive comment
 */
public record ServerSettings(String host, int port, String token, List<String> extraHosts,
    List<String> extraOrigins, int maxRequestBytes, Duration keepAlive) {

  /** The loopback address the server binds by default. */
  public static final String LOOPBACK = "127.0.0.1";
  /** Plenty for any MCP tool call; search requests have no body at all. */
  public static final int MAX_REQUEST_BYTES = 64 * 1024;
  /** Often enough for proxies that drop silent connections after 30 or 60 seconds. */
  public static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

  public ServerSettings {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
    }
    if (token != null && token.isBlank()) {
      throw new IllegalArgumentException("the token is empty");
    }
    extraHosts = List.copyOf(extraHosts);
    extraOrigins = List.copyOf(extraOrigins);
    Objects.requireNonNull(keepAlive, "keepAlive");
  }

  /** A server on the loopback address with no token. */
  public static ServerSettings local(int port) {
    return new ServerSettings(LOOPBACK, port, null, List.of(), List.of(), MAX_REQUEST_BYTES, KEEP_ALIVE);
  }

  public ServerSettings withToken(String newToken) {
    return new ServerSettings(host, port, newToken, extraHosts, extraOrigins, maxRequestBytes, keepAlive);
  }

  public ServerSettings withKeepAlive(Duration interval) {
    return new ServerSettings(host, port, token, extraHosts, extraOrigins, maxRequestBytes, interval);
  }
}
