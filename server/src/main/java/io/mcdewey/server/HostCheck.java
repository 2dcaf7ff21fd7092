package io.mcdewey.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which {@code Host} and {@code Origin} headers the server answers. A page that rebinds its own domain name to this
 * machine (DNS rebinding) sends its own name as {@code Host}; a page of another site calling the server sends its
 * origin. So requests must name the server by a loopback name, the bound address or an allowed host, and an origin,
 * when sent, must be the server's own: {@code http}, an accepted host name and the port the request came in on.
 */
final class HostCheck {
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

  /** A host name a request may use, on any port ({@code port} -1) or one. */
  private record Allowed(String name, int port) {
    boolean matches(String otherName, int otherPort) {
      return name.equals(otherName) && (port < 0 || port == otherPort);
    }
  }

  private final List<Allowed> hosts = new ArrayList<>();
  private final Set<String> extraOrigins;

  HostCheck(ServerSettings settings) {
    LOOPBACK.forEach(name -> hosts.add(new Allowed(name, -1)));
    String bound = bracketed(settings.host().toLowerCase(Locale.ROOT));
    if (!bound.equals("0.0.0.0") && !bound.equals("[::]")) {
      hosts.add(new Allowed(bound, -1));
    }
    for (String extra : settings.extraHosts()) {
      hosts.add(allowed(extra.toLowerCase(Locale.ROOT)));
    }
    this.extraOrigins = Set.copyOf(settings.extraOrigins().stream().map(HostCheck::normalOrigin).toList());
  }

  /** Whether a {@code Host} header value names this server. */
  boolean hostAllowed(String host) {
    Allowed named = allowed(host.strip().toLowerCase(Locale.ROOT));
    return hosts.stream().anyMatch(h -> h.matches(named.name(), named.port()));
  }

  /** Whether an {@code Origin} header is this server's own, on the port the request came in on, or allowed. */
  boolean originAllowed(String origin, int localPort) {
    if (extraOrigins.contains(normalOrigin(origin))) {
      return true;
    }
    try {
      URI uri = new URI(origin.strip());
      if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getRawPath() != null
          && !uri.getRawPath().isEmpty()) {
        return false;
      }
      int port = uri.getPort() < 0 ? 80 : uri.getPort();
      String name = bracketed(uri.getHost().toLowerCase(Locale.ROOT));
      return port == localPort && hosts.stream().anyMatch(h -> h.matches(name, port));
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** {@code name}, {@code name:port}, {@code name:*}, with IPv6 addresses in brackets. */
  private static Allowed allowed(String host) {
    int colon = host.lastIndexOf(':');
    if (colon > host.lastIndexOf(']') && colon > 0) {
      String port = host.substring(colon + 1);
      String name = host.substring(0, colon);
      if (port.equals("*")) {
        return new Allowed(name, -1);
      }
      try {
        return new Allowed(name, Integer.parseInt(port));
      } catch (NumberFormatException e) {
        return new Allowed(host, Integer.MIN_VALUE);
      }
    }
    return new Allowed(host, -1);
  }

  private static String bracketed(String name) {
    return name.contains(":") && !name.startsWith("[") ? "[" + name + "]" : name;
  }

  private static String normalOrigin(String origin) {
    String normal = origin.strip().toLowerCase(Locale.ROOT);
    return normal.endsWith("/") ? normal.substring(0, normal.length() - 1) : normal;
  }
}
