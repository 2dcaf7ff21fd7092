package io.mcdewey.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.json.Json;
import io.mcdewey.search.Library;
import io.mcdewey.source.GuideReadException;
import io.mcdewey.testing.Http;
import io.mcdewey.testing.Samples;
import io.mcdewey.testing.TestServers;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pages, the search API and the guard in front of them, over the Northwind sample library. */
class LibraryServerTest {
  private static final String CHUNK = "northwind::v3.1::contact-center-guide::contact-center-guide::3";
  private final URI server = TestServers.northwind();

  @Test
  @SuppressWarnings("unchecked")
  void theSearchApiAnswersWithEndpointsAndChunksBestFirst() {
    HttpResponse<String> response = Http.get(server.resolve("/api/search?q=transfer+the+call+to+another+number"
        + "&product=northwind&version=v3.1&k=3"));
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    Map<String, Object> answer = Json.parseObject(response.body());
    List<Map<String, Object>> endpoints = (List<Map<String, Object>>) answer.get("endpoints");
    assertEquals("Call—Make a Single Step Transfer", endpoints.get(0).get("title"));
    assertEquals("PUT", endpoints.get(0).get("method"));
    assertEquals(3, endpoints.size());
    List<Map<String, Object>> chunks = (List<Map<String, Object>>) answer.get("chunks");
    assertTrue(chunks.stream().allMatch(c -> c.get("version").equals("v3.1")), chunks.toString());
    assertTrue(chunks.get(0).get("url").toString().startsWith("/c/northwind::v3.1::"));
  }

  @Test
  void badSearchParametersAreA400SayingWhy() {
    HttpResponse<String> response = Http.get(server.resolve("/api/search?q=call&k=5000"));
    assertEquals(400, response.statusCode());
    assertEquals("k must be a whole number from 1 to 50; got '5000'", Json.parseObject(response.body()).get("error"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void theChunkPageShowsWhereTheChunkComesFromItsTextAndTheCallsOfItsOperations() {
    Map<String, Object> signIn = ((List<Map<String, Object>>) Json.parseObject(Http.get(server.resolve(
        "/api/search?q=sign+the+agent+in&version=v3.1&k=1")).body()).get("endpoints")).get(0);
    assertEquals("Agent—Sign In", signIn.get("title"));
    String chunk = ((List<String>) signIn.get("chunks")).get(0);
    HttpResponse<String> response = Http.get(server.resolve(signIn.get("url").toString()));
    assertEquals(200, response.statusCode());
    String page = response.body();
    assertTrue(page.contains("<dt>Chunk</dt><dd>" + chunk + "</dd>"), page);
    assertTrue(page.contains("<dt>Source</dt><dd>northwind/v3.1/contact-center-guide/contact-center-guide.md</dd>"));
    assertTrue(page.contains(">View in doc context</a>"));
    assertTrue(page.contains("<h3>Agent—Sign In</h3>"));
    assertTrue(page.contains("client.agents().signIn("), page);
  }

  @Test
  void theContextPageShowsTheNeighbouringChunksAndMarksTheChunk() {
    String page = Http.get(server.resolve("/context/" + CHUNK)).body();
    assertTrue(page.contains("id=\"" + Html.anchor(CHUNK) + "\" class=\"current\""), page);
    assertTrue(page.contains(Html.chunkUrl("northwind::v3.1::contact-center-guide::contact-center-guide::1")));
    assertTrue(page.contains(Html.chunkUrl("northwind::v3.1::contact-center-guide::contact-center-guide::5")));
  }

  @Test
  void theSearchPageListsResultsLinkingToChunkPages() {
    String page = Http.get(server.resolve("/?q=put+a+call+on+hold")).body();
    assertTrue(page.contains("Call—Hold a Call"), page);
    assertTrue(page.contains("href=\"/c/northwind::"));
  }

  @Test
  void anUnknownChunkIsA404AndNoPathReachesTheFileSystem() {
    assertEquals(404, Http.get(server.resolve("/c/northwind::v3.1::nothing")).statusCode());
    for (String path : List.of("/pom.xml", "/c/..%2F..%2Fpom.xml", "/c/%2E%2E/%2E%2E/pom.xml",
        "/context/..%2F..%2F..%2Fpom.xml", "/c/..%5C..%5Cpom.xml")) {
      HttpResponse<String> response = Http.get(server.resolve(path));
      assertTrue(response.statusCode() == 404 || response.statusCode() == 400, path + ": " + response.statusCode());
      assertTrue(!response.body().contains("<project"), path);
    }
  }

  @Test
  void aForeignHostIsRefused() {
    assertTrue(Http.statusWithHost(server, "/", "attacker.example:" + server.getPort()).contains(" 421 "));
    assertTrue(Http.statusWithHost(server, "/mcp", "attacker.example").contains(" 421 "));
    assertTrue(Http.statusWithHost(server, "/", "localhost:" + server.getPort()).contains(" 200 "));
  }

  @Test
  void anOriginMustBeTheServersOwnSchemeHostAndPort() {
    assertEquals(403, withOrigin("http://attacker.example").statusCode());
    assertEquals(403, withOrigin("http://localhost:1").statusCode());
    assertEquals(403, withOrigin("https://127.0.0.1:" + server.getPort()).statusCode());
    assertEquals(403, withOrigin("null").statusCode());
    assertEquals(200, withOrigin("http://127.0.0.1:" + server.getPort()).statusCode());
    assertEquals(200, withOrigin("http://localhost:" + server.getPort()).statusCode());
  }

  @Test
  void aSecondHostOrOriginHeaderIsRefused() {
    String host = "Host: 127.0.0.1:" + server.getPort() + "\r\n";
    String origin = "Origin: http://127.0.0.1:" + server.getPort() + "\r\n";
    assertTrue(Http.rawStatus(server, "GET / HTTP/1.1\r\n" + host + host).contains(" 400 "));
    assertTrue(Http.rawStatus(server, "GET / HTTP/1.1\r\n" + host + "Host: attacker.example\r\n")
        .contains(" 400 "));
    assertTrue(Http.rawStatus(server, "GET / HTTP/1.1\r\n" + host + origin + "Origin: http://attacker.example\r\n")
        .contains(" 400 "));
    assertTrue(Http.rawStatus(server, "GET / HTTP/1.1\r\n" + host + origin).contains(" 200 "));
  }

  private HttpResponse<String> withOrigin(String origin) {
    return Http.send(HttpRequest.newBuilder(server.resolve("/api/search?q=call")).header("Origin", origin).build());
  }

  @Test
  void aRequestBodyOverTheLimitIsRefused() {
    HttpResponse<String> response = Http.send(HttpRequest.newBuilder(server.resolve("/mcp"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("x".repeat(ServerSettings.MAX_REQUEST_BYTES + 1))).build());
    assertEquals(413, response.statusCode());
  }

  @Test
  void withATokenEveryRequestMustCarryItAndABrowserSignsInWithAForm() {
    URI guarded = guarded();
    HttpResponse<String> page = Http.get(guarded.resolve("/?q=hold"));
    assertEquals(303, page.statusCode());
    assertEquals("/sign-in?next=%2F%3Fq%3Dhold", page.headers().firstValue("Location").orElse(""));
    assertEquals(401, Http.get(guarded.resolve("/api/search?q=call")).statusCode());
    assertEquals(401, withAuthorization(guarded, "/api/search?q=call", "Bearer wrong").statusCode());
    assertEquals(401, withAuthorization(guarded, "/api/search?q=call", "Basic s3cret").statusCode());
    for (String scheme : List.of("Bearer", "bearer", "BEARER")) {
      assertEquals(200, withAuthorization(guarded, "/api/search?q=call", scheme + " s3cret").statusCode(), scheme);
    }

    assertEquals(401, signIn(guarded, "wrong").statusCode());
    HttpResponse<String> signedIn = signIn(guarded, "s3cret");
    assertEquals(303, signedIn.statusCode());
    assertEquals("/?q=hold", signedIn.headers().firstValue("Location").orElse(""));
    String cookie = signedIn.headers().firstValue("Set-Cookie").orElse("");
    assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && !cookie.contains("s3cret"),
        cookie);
    String pair = cookie.substring(0, cookie.indexOf(';'));
    assertEquals(200, withCookie(guarded, "/?q=hold", pair).statusCode());
    assertEquals(200, withCookie(guarded, "/api/search?q=hold", pair).statusCode());
    HttpResponse<String> mcp = Http.send(HttpRequest.newBuilder(guarded.resolve("/mcp")).header("Cookie", pair)
        .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
    assertEquals(401, mcp.statusCode(), "the MCP endpoint wants the token itself");
    assertEquals(303, withCookie(guarded, "/", BrowserSignIn.COOKIE + "=guess").statusCode());
  }

  @Test
  void theSignInFormGoesBackOnlyToPagesOfTheServer() {
    for (String next : List.of("https://attacker.example/", "//attacker.example/", "/\\attacker.example")) {
      HttpResponse<String> response = Http.send(HttpRequest.newBuilder(guarded().resolve("/sign-in"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("token=s3cret&next=" + Html.queryValue(next))).build());
      assertEquals("/", response.headers().firstValue("Location").orElse(""), next);
    }
  }

  private static URI guardedServer;

  private static synchronized URI guarded() {
    if (guardedServer == null) {
      try {
        Library library = Library.read(Samples.repository("samples/guides/northwind/contact-center-guide.jsonl"));
        guardedServer = TestServers.start(library, Path.of("target", "token-index"),
            ServerSettings.local(0).withToken("s3cret"));
      } catch (GuideReadException e) {
        throw new AssertionError(e.getMessage(), e);
      }
    }
    return guardedServer;
  }

  private static HttpResponse<String> signIn(URI guarded, String token) {
    return Http.send(HttpRequest.newBuilder(guarded.resolve("/sign-in"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Origin", "http://127.0.0.1:" + guarded.getPort())
        .POST(HttpRequest.BodyPublishers.ofString("token=" + token + "&next=%2F%3Fq%3Dhold")).build());
  }

  private static HttpResponse<String> withAuthorization(URI guarded, String path, String authorization) {
    return Http.send(HttpRequest.newBuilder(guarded.resolve(path)).header("Authorization", authorization).build());
  }

  private static HttpResponse<String> withCookie(URI guarded, String path, String cookie) {
    return Http.send(HttpRequest.newBuilder(guarded.resolve(path)).header("Cookie", cookie).build());
  }
}
