package com.example.roundtrip;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the round trips of the generated client and server share: the arguments the handlers received, raw requests
 * for what the client would never send, and expectations that throw {@link AssertionError}.
 */
public abstract class RoundTrip implements AutoCloseable {
  /** The arguments each handler method received, by method name. */
  private final Map<String, List<Object>> received = new ConcurrentHashMap<>();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String mediaType;

  /** @param mediaType the {@code Content-Type} of the bodies of raw requests */
  protected RoundTrip(String mediaType) {
    this.mediaType = mediaType;
  }

  /** Stops the server. */
  @Override
  public abstract void close();

  /** Where the server listens. */
  protected abstract URI baseUri();

  /** Notes that the handler method {@code method} received {@code arguments}. */
  protected void record(String method, Object... arguments) {
    received.put(method, Arrays.asList(arguments));
  }

  /** What {@code method} received, or {@code null} when it was not called. */
  protected List<Object> received(String method) {
    return received.get(method);
  }

  /** Expects {@code method} to have received {@code arguments}, and forgets it for the next check. */
  protected void expectReceived(String method, Object... arguments) {
    expect(Arrays.asList(arguments), received.remove(method));
  }

  protected static void expect(Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      throw new AssertionError("expected <" + expected + "> but was <" + actual + ">");
    }
  }

  /** Sends a request as written, without the client. */
  protected HttpResponse<String> send(String method, String path, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(baseUri().resolve(path));
    if (body != null) {
      request.header("Content-Type", mediaType);
    }
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
