package io.mcdewey.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Node programs of {@code src/test/node} (the official TypeScript MCP client, the MCP conformance suite), run as the
 * tests' real clients once {@code npm ci} has installed their packages there.
 */
public final class NodeScripts {
  public static final Path FOLDER = Path.of("src", "test", "node");

  /** What a program printed and how it ended. */
  public record Run(int exitCode, String output) {}

  private NodeScripts() {}

  /** Skips (or on CI fails) the test unless Node runs and the package is installed. */
  public static void require(String nodePackage) {
    Prerequisites.require(nodeRuns(), "node is not installed");
    Prerequisites.require(Files.isDirectory(FOLDER.resolve("node_modules").resolve(nodePackage)),
        nodePackage + " is not installed; run 'npm ci' in server/src/test/node");
  }

  /** Runs {@code node} with the arguments in the scripts' folder, printing its output as the test's. */
  public static Run run(Duration limit, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("node"));
    command.addAll(List.of(arguments));
    Process node = new ProcessBuilder(command).directory(FOLDER.toFile()).redirectErrorStream(true).start();
    byte[] printed = node.getInputStream().readAllBytes();
    if (!node.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
      node.destroyForcibly();
      throw new AssertionError("node " + arguments[0] + " did not finish within " + limit);
    }
    String output = new String(printed, StandardCharsets.UTF_8);
    System.out.print(output);
    return new Run(node.exitValue(), output);
  }

  private static boolean nodeRuns() {
    try {
      Process version = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      version.getInputStream().readAllBytes();
      return version.waitFor(20, TimeUnit.SECONDS) && version.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
