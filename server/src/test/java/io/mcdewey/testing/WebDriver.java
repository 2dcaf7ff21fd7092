package io.mcdewey.testing;

import io.mcdewey.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium driven through chromedriver with the W3C WebDriver protocol, spoken over plain HTTP: enough to
 * open pages, type, click, read text and take screenshots.
 */
public final class WebDriver implements AutoCloseable {
  private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
  private static final List<String> CHROMIUM_ARGUMENTS = List.of("--headless", "--no-sandbox", "--disable-gpu",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
      "--disable-quic", "--window-size=1280,1400");

  private final Process driver;
  private final URI session;

  private WebDriver(Process driver, URI session) {
    this.driver = driver;
    this.session = session;
  }

  /** Whether chromedriver and Chromium are installed. */
  public static boolean available() {
    return Files.isExecutable(Path.of("/usr/bin/chromedriver")) && Files.isExecutable(Path.of("/usr/bin/chromium"));
  }

  /** Starts chromedriver and a Chromium with a fresh profile in {@code profile}. */
  public static WebDriver start(Path profile) throws IOException, InterruptedException {
    return start(profile, List.of());
  }

  /** The same, with Chromium switches of the caller's besides the usual ones, such as {@code --force-dark-mode}. */
  public static WebDriver start(Path profile, List<String> switches) throws IOException, InterruptedException {
    int port = freePort();
    Process driver = new ProcessBuilder("/usr/bin/chromedriver", "--port=" + port)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    URI base = URI.create("http://127.0.0.1:" + port + "/");
    try {
      awaitReady(base);
      List<String> arguments = new ArrayList<>(CHROMIUM_ARGUMENTS);
      arguments.addAll(switches);
      arguments.add("--user-data-dir=" + profile.toAbsolutePath());
      Map<String, Object> capabilities = Map.of("capabilities", Map.of("alwaysMatch", Map.of(
          "browserName", "chrome",
          "goog:chromeOptions", Map.of("binary", "/usr/bin/chromium", "args", arguments))));
      Map<String, Object> created = value(post(base.resolve("session"), capabilities));
      return new WebDriver(driver, base.resolve("session/" + created.get("sessionId") + "/"));
    } catch (IOException | RuntimeException e) {
      driver.destroy();
      throw e;
    }
  }

  public void open(URI page) {
    post(session.resolve("url"), Map.of("url", page.toString()));
  }

  public String currentUrl() {
    return (String) get(session.resolve("url")).get("value");
  }

  /** The first element matching a CSS selector, waiting up to ten seconds for it to appear. */
  public String find(String cssSelector) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (true) {
      Map<String, Object> answer = send(HttpRequest.newBuilder(session.resolve("element"))
          .POST(body(Map.of("using", "css selector", "value", cssSelector))).build());
      if (answer.get("value") instanceof Map<?, ?> element && element.containsKey(ELEMENT)) {
        return (String) element.get(ELEMENT);
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("no element matches " + cssSelector + " on " + currentUrl());
      }
      pause();
    }
  }

  public void type(String element, String text) {
    post(session.resolve("element/" + element + "/value"), Map.of("text", text));
  }

  public void click(String element) {
    post(session.resolve("element/" + element + "/click"), Map.of());
  }

  /** The computed value of a CSS property of an element, such as {@code rgb(13, 17, 23)}. */
  public String css(String element, String property) {
    return String.valueOf(get(session.resolve("element/" + element + "/css/" + property)).get("value"));
  }

  /** A DOM property of an element, such as the {@code value} of a select. */
  public String property(String element, String name) {
    return String.valueOf(get(session.resolve("element/" + element + "/property/" + name)).get("value"));
  }

  public String text(String element) {
    return (String) get(session.resolve("element/" + element + "/text")).get("value");
  }

  /** Saves a screenshot of the window as a PNG file. */
  public void screenshot(Path file) throws IOException {
    String png = (String) get(session.resolve("screenshot")).get("value");
    Files.createDirectories(file.getParent());
    Files.write(file, Base64.getDecoder().decode(png));
  }

  /** Ends the session, which quits Chromium, then stops chromedriver. */
  @Override
  public void close() throws InterruptedException {
    try {
      String path = session.getPath();
      send(HttpRequest.newBuilder(session.resolve(path.substring(0, path.length() - 1))).DELETE().build());
    } finally {
      driver.destroy();
      if (!driver.waitFor(10, TimeUnit.SECONDS)) {
        driver.destroyForcibly();
      }
    }
  }

  private static void awaitReady(URI base) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (Instant.now().isBefore(deadline)) {
      try {
        if (Boolean.TRUE.equals(value(get(base.resolve("status"))).get("ready"))) {
          return;
        }
      } catch (UncheckedIOException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IOException("chromedriver did not start within 20 seconds");
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> get(URI uri) {
    return send(HttpRequest.newBuilder(uri).GET().build());
  }

  private static Map<String, Object> post(URI uri, Map<String, Object> payload) {
    Map<String, Object> answer = send(HttpRequest.newBuilder(uri).POST(body(payload)).build());
    if (answer.get("value") instanceof Map<?, ?> value && value.containsKey("error")) {
      throw new IllegalStateException(uri + ": " + value.get("error") + ": " + value.get("message"));
    }
    return answer;
  }

  private static HttpRequest.BodyPublisher body(Map<String, Object> payload) {
    return HttpRequest.BodyPublishers.ofString(Json.write(payload));
  }

  private static Map<String, Object> send(HttpRequest request) {
    HttpResponse<String> response = Http.send(HttpRequest.newBuilder(request.uri())
        .method(request.method(), request.bodyPublisher().orElse(HttpRequest.BodyPublishers.noBody()))
        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60)).build());
    return Json.parseObject(response.body());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> value(Map<String, Object> answer) {
    return (Map<String, Object>) answer.get("value");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
