package io.mcdewey.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How the server listens and whom it answers.
 *
 * @param host the address to bind; {@code 127.0.0.1} unless the server is meant to be reached from elsewhere
 * @param port the port, or 0 for any free one
 * @param token the bearer token every request must carry, or {@code null} for none
 * @param extraHosts host names besides the loopback ones that requests may address ({@code Host} header), for a
 *     server reached by name; each may end in {@code :*} for any port
 * @param extraOrigins web origins besides the server's own that browsers may call it from ({@code Origin} header)
 * @param maxRequestBytes the largest request body accepted
 */
public record ServerSettings(String host, int port, String token, List<String> extraHosts,
    List<String> extraOrigins, int maxRequestBytes) {

  /** The loopback address the server binds by default. */
  public static final String LOOPBACK = "127.0.0.1";
  /** Plenty for any MCP tool call; search requests have no body at all. */
  public static final int MAX_REQUEST_BYTES = 64 * 1024;

  private static final List<String> LOOPBACK_HOSTS = List.of("127.0.0.1", "localhost", "[::1]");

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
  }

  /** A server on the loopback address with no token. */
  public static ServerSettings local(int port) {
    return new ServerSettings(LOOPBACK, port, null, List.of(), List.of(), MAX_REQUEST_BYTES);
  }

  public ServerSettings withToken(String newToken) {
    return new ServerSettings(host, port, newToken, extraHosts, extraOrigins, maxRequestBytes);
  }

  /**
   * The {@code Host} header values accepted: the loopback names on any port, the bound address, and the extra hosts.
   * A DNS-rebinding page reaches the server under its own domain name, which is none of these.
   */
  List<String> allowedHosts() {
    List<String> hosts = new ArrayList<>();
    for (String name : LOOPBACK_HOSTS) {
      hosts.add(name + ":*");
    }
    if (!LOOPBACK_HOSTS.contains(host) && !host.equals("0.0.0.0") && !host.equals("::")) {
      hosts.add(host + ":*");
    }
    hosts.addAll(extraHosts);
    return hosts;
  }

  /** The {@code Origin} header values accepted: pages of the server itself, on the allowed hosts, and the extras. */
  List<String> allowedOrigins() {
    List<String> origins = new ArrayList<>();
    for (String allowedHost : allowedHosts()) {
      origins.add("http://" + allowedHost);
      origins.add("https://" + allowedHost);
    }
    origins.addAll(extraOrigins);
    return origins;
  }
}
