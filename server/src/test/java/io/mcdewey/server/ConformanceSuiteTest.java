package io.mcdewey.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.search.Library;
import io.mcdewey.testing.ConformanceFixtures;
import io.mcdewey.testing.NodeScripts;
import io.mcdewey.testing.Samples;
import io.mcdewey.testing.TestServers;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The official MCP conformance suite ({@code @modelcontextprotocol/conformance}, pinned in {@code src/test/node}),
 * every server scenario, pending ones included, against a server over the Northwind sample that also offers the
 * resources and prompts the suite reads by name. The scenarios that call the suite's own test tools are listed,
 * each with its reason, in {@code conformance-expected-failures.yml}; the suite fails on any other failure or
 * warning, and on a listed scenario that passes.
 */
class ConformanceSuiteTest {
  @Test
  void everyScenarioPassesButThoseCallingTheSuitesOwnTools() throws Exception {
    NodeScripts.require("@modelcontextprotocol/conformance");
    ConformanceFixtures fixtures = new ConformanceFixtures();
    URI server = TestServers.start(Library.read(Samples.repository("samples/guides/library")),
        Path.of("target", "conformance-index"), ServerSettings.local(0), List.of(fixtures), List.of(fixtures));
    NodeScripts.Run run = NodeScripts.run(Duration.ofMinutes(10),
        "node_modules/@modelcontextprotocol/conformance/dist/index.js", "server",
        "--url", server.resolve("/mcp").toString(), "--suite", "all",
        "--expected-failures", "conformance-expected-failures.yml",
        "--output-dir", Path.of("target", "conformance").toAbsolutePath().toString());
    assertEquals(0, run.exitCode(), "the conformance suite failed; its output is above");
  }
}
