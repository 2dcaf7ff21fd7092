package io.mcdewey.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Plain HTTP requests to a test server. */
public final class Http {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private Http() {}

  public static HttpResponse<String> get(URI uri) {
    return send(HttpRequest.newBuilder(uri).GET().build());
  }

  public static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The status line of a GET sent over a bare socket with the given {@code Host} header, which Java's HTTP client
   * does not let a caller choose.
   */
  public static String statusWithHost(URI server, String path, String host) {
    return rawStatus(server, "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
  }

  /**
   * The status line of a request written by hand ({@code head}: the request line and header lines, each ending in
   * CRLF), for headers Java's HTTP client refuses to send, such as two {@code Host} headers.
   */
  public static String rawStatus(URI server, String head) {
    try (Socket socket = new Socket(server.getHost(), server.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write((head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      return response.substring(0, response.indexOf("\r\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
