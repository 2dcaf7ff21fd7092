package io.mcdewey.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ServerPathsTest {
  @Test
  void theMcpEndpointAndWhatIsBelowItAreMcp() {
    assertTrue(ServerPaths.isMcp("/mcp"));
    assertTrue(ServerPaths.isMcp("/mcp/anything"));
  }

  @Test
  void aPathOnlyStartingWithTheSameLettersIsNot() {
    assertFalse(ServerPaths.isMcp("/mcpx"));
    assertFalse(ServerPaths.isMcp("/c/mcp"));
  }

  @Test
  void theApiIsWhatIsBelowItsPrefix() {
    assertTrue(ServerPaths.isApi("/api/search"));
    assertFalse(ServerPaths.isApi("/apis"));
    assertFalse(ServerPaths.isMcp("/api/search"));
  }
}
