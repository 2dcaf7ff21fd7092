package io.mcdewey.codegen;

import java.util.Locale;
import java.util.Optional;

/** What the generated server runs on. */
public enum ServerFlavour {
  /** The JDK's built-in HTTP server ({@code com.sun.net.httpserver}): no dependency at all. */
  JDK_HTTP_SERVER,
  /** JAX-RS ({@code jakarta.ws.rs}) resource interfaces, for an application server or a JAX-RS runtime. */
  JAX_RS;

  /** The flavour a user names: {@code jdk} or {@code jax-rs}, in any case. */
  public static Optional<ServerFlavour> named(String name) {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "jdk" -> Optional.of(JDK_HTTP_SERVER);
      case "jax-rs", "jaxrs" -> Optional.of(JAX_RS);
      default -> Optional.empty();
    };
  }
}
