package io.mcdewey.codegen;

/** What the generated server runs on. */
public enum ServerFlavour {
  /** The JDK's built-in HTTP server ({@code com.sun.net.httpserver}): no dependency at all. */
  JDK_HTTP_SERVER,
  /** JAX-RS ({@code jakarta.ws.rs}) resource interfaces, for an application server or a JAX-RS runtime. */
  JAX_RS
}
