package io.mcdewey.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.testing.NodeScripts;
import io.mcdewey.testing.TestServers;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A real MCP client not written by us: the official TypeScript SDK ({@code src/test/node}, installed with
 * {@code npm ci}) connects to the server, calls every tool, reads resources, gets prompts and completes arguments.
 */
class NodeMcpClientTest {
  @Test
  void theTypeScriptSdkClientUsesEveryFeature() throws Exception {
    NodeScripts.require("@modelcontextprotocol/sdk");
    NodeScripts.Run run = NodeScripts.run(Duration.ofMinutes(2), "mcp-client.mjs",
        TestServers.northwind().resolve("/mcp").toString());
    assertEquals(0, run.exitCode(), run.output());
    assertTrue(run.output().contains("all checks passed"), run.output());
  }
}
