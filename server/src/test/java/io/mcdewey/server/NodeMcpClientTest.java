package io.mcdewey.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.testing.Prerequisites;
import io.mcdewey.testing.TestServers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A real MCP client not written by us: the official TypeScript SDK ({@code src/test/node}, installed with
 * {@code npm ci}) connects to the server and calls every tool.
 */
class NodeMcpClientTest {
  private static final Path SCRIPT_FOLDER = Path.of("src", "test", "node");

  @Test
  void theTypeScriptSdkClientCallsEveryTool() throws Exception {
    Prerequisites.require(nodeRuns(), "node is not installed");
    Prerequisites.require(Files.isDirectory(SCRIPT_FOLDER.resolve("node_modules/@modelcontextprotocol/sdk")),
        "the TypeScript MCP SDK is not installed; run 'npm ci' in server/src/test/node");
    Process node = new ProcessBuilder("node", "mcp-client.mjs", TestServers.northwind().resolve("/mcp").toString())
        .directory(SCRIPT_FOLDER.toFile())
        .redirectErrorStream(true)
        .start();
    assertTrue(node.waitFor(120, TimeUnit.SECONDS), "the node client did not finish in time");
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    System.out.print(output);
    assertEquals(0, node.exitValue(), output);
    assertTrue(output.contains("all 9 checks passed"), output);
  }

  private static boolean nodeRuns() {
    try {
      Process version = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      return version.waitFor(20, TimeUnit.SECONDS) && version.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
