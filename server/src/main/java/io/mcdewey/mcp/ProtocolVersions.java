package io.mcdewey.mcp;

import java.util.List;

/** The MCP protocol versions the server speaks, newest first, and what each allows. */
public final class ProtocolVersions {
  /** Newest first: an unknown requested version is answered with the first. */
  public static final List<String> SUPPORTED = List.of("2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05");
  /** JSON-RPC batches were part of the protocol until this version removed them. */
  private static final String FIRST_WITHOUT_BATCHES = "2025-06-18";

  private ProtocolVersions() {}

  static boolean supported(String version) {
    return SUPPORTED.contains(version);
  }

  /** The version to answer an initialize request with: the client's when supported, else the newest. */
  static String negotiate(String requested) {
    return supported(requested) ? requested : SUPPORTED.get(0);
  }

  static boolean allowsBatches(String version) {
    return version.compareTo(FIRST_WITHOUT_BATCHES) < 0;
  }
}
