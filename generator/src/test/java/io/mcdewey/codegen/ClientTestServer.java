package io.mcdewey.codegen;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A local HTTP server for the client's behaviour tests: it records every request it receives and gives the answer
 * set last. Registered as an extension of a test class, it forgets the requests of earlier tests before each test
 * and stops after the last.
 */
final class ClientTestServer implements BeforeEachCallback, AfterAllCallback {

  /** A request as it arrived. */
  record Request(String method, String rawPath, String rawQuery, Headers headers, String body) {

    /** The values of header {@code name} joined by commas, or {@code null} when the request has none. */
    String header(String name) {
      List<String> values = headers.get(name);
      return values == null ? null : String.join(",", values);
    }
  }

  private record Answer(int status, String body, Duration delay, Map<String, String> headers) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();
  private volatile Answer answer = new Answer(200, "", Duration.ZERO, Map.of());

  ClientTestServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** {@code http://127.0.0.1:port}. */
  String baseUri() {
    return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
  }

  /** Answers the following requests with {@code status} and {@code body}. */
  void answer(int status, String body) {
    answer = new Answer(status, body, Duration.ZERO, Map.of());
  }

  /** Answers the following requests with {@code status}, {@code body} and the headers {@code headers}. */
  void answer(int status, String body, Map<String, String> headers) {
    answer = new Answer(status, body, Duration.ZERO, headers);
  }

  /** Answers the following requests only after {@code delay}. */
  void answerAfter(Duration delay, int status, String body) {
    answer = new Answer(status, body, delay, Map.of());
  }

  /** The next request received, waiting a little for it to arrive. */
  Request nextRequest() {
    try {
      Request request = requests.poll(5, TimeUnit.SECONDS);
      assertNotNull(request, "the server received no request");
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange; InputStream in = exchange.getRequestBody()) {
      String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
          exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body));
      Answer current = answer;
      Thread.sleep(current.delay().toMillis());
      byte[] bytes = current.body().getBytes(StandardCharsets.UTF_8);
      if (bytes.length > 0) {
        exchange.getResponseHeaders().set("Content-Type", "application/xml");
      }
      current.headers().forEach(exchange.getResponseHeaders()::set);
      exchange.sendResponseHeaders(current.status(), bytes.length == 0 ? -1 : bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    requests.clear();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.stop(0);
    executor.shutdownNow();
  }
}
