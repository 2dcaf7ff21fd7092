package io.mcdewey.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.cli.Main;
import io.mcdewey.testing.Http;
import io.mcdewey.testing.Samples;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
  private static final Pattern SERVING = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/); MCP at");

  @TempDir
  Path index;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void theToolOffersServeWhenTheServerIsOnTheClassPath() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("\n  serve  "), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aLibraryIsRequired() {
    assertEquals(2, run("serve"));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("mcdewey serve: missing option --library DIR"));
  }

  @Test
  void aPortOutOfRangeIsAUsageError() {
    assertEquals(2, run("serve", "--library", "x", "--port", "70000"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--port must be a number from 0 to 65535"));
  }

  @Test
  void aMissingLibraryIsNamed() {
    assertEquals(2, run("serve", "--library", "no/such/folder", "--index", index.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("no/such/folder: no such file or directory"));
  }

  @Test
  void aLibraryPastTheLimitGivenIsRefusedWithHowToRaiseIt() {
    Path library = Samples.repository("samples/guides/library");
    assertEquals(2, run("serve", "--library", library.toString(), "--max-library-size", "1K", "--index",
        index.toString()));
    String printed = err.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("past the library limit of 1 KiB; a larger limit is set with --max-library-size"),
        printed);
    assertEquals(2, run("serve", "--library", library.toString(), "--max-library-size", "lots"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--max-library-size: 'lots' is not a size"));
  }

  @Test
  void servesUntilInterrupted() throws Exception {
    Path library = Samples.repository("samples/guides/library");
    Thread serving = new Thread(() -> run("serve", "--library", library.toString(), "--port", "0", "--index",
        index.toString()));
    serving.start();
    URI server = awaitServing();
    assertEquals(200, Http.get(server.resolve("/api/search?q=hold+a+call")).statusCode());
    serving.interrupt();
    serving.join(Duration.ofSeconds(30).toMillis());
    assertTrue(!serving.isAlive(), "the server stopped");
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("1 guide: 1 indexed"), printed);
  }

  private URI awaitServing() throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(deadline)) {
      Matcher matcher = SERVING.matcher(out.toString(StandardCharsets.UTF_8));
      if (matcher.find()) {
        return URI.create(matcher.group(1));
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the server did not start: " + out.toString(StandardCharsets.UTF_8)
        + err.toString(StandardCharsets.UTF_8));
  }
}
