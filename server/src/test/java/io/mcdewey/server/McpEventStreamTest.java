package io.mcdewey.server;

import static io.mcdewey.testing.EventStreamReader.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.json.Json;
import io.mcdewey.testing.EventStreamReader;
import io.mcdewey.testing.Http;
import io.mcdewey.testing.McpHttp;
import io.mcdewey.testing.TestServers;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The event stream a session opens with {@code GET /mcp}, on a library with two guides left out, whose warnings are
 * the stream's first two events: headers at once, a priming event, keep-alives, one stream per session, and the
 * events missed replayed to a client that reconnects with {@code Last-Event-ID}.
 */
@Timeout(120)
class McpEventStreamTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final McpHttp mcp = new McpHttp(TestServers.troubled());

  @Test
  @SuppressWarnings("unchecked")
  void theStreamOpensAtOnceNumbersItsEventsKeepsAliveAndReplaysWhatAClientMissed() throws Exception {
    String session = mcp.initialize("2025-11-25");
    String first;
    String second;
    try (EventStreamReader stream = open(session, null)) {
      List<String> priming = stream.next(WAIT);
      assertEquals("0", field(priming, "id"), priming.toString());
      assertEquals("2000", field(priming, "retry"), priming.toString());
      assertEquals("", field(priming, "data"), priming.toString());
      List<String> one = nextEvent(stream);
      List<String> two = nextEvent(stream);
      assertEquals(List.of("1", "2"), List.of(field(one, "id"), field(two, "id")));
      first = field(one, "data");
      second = field(two, "data");
      Map<String, Object> warning = Json.parseObject(first);
      assertEquals("notifications/message", warning.get("method"));
      assertEquals("warning", ((Map<String, Object>) warning.get("params")).get("level"));
      assertTrue(first.contains("link to a file outside the library"), first);
      assertTrue(second.contains("binary content"), second);
      assertEquals(List.of(": keep-alive"), stream.next(WAIT));

      HttpResponse<String> another = Http.send(mcp.get(session).build());
      assertEquals(409, another.statusCode(), another.body());
      assertEquals(-32000L, ((Map<String, Object>) Json.parseObject(another.body()).get("error")).get("code"));
    }
    try (EventStreamReader resumed = open(session, "1")) {
      assertEquals("1", field(resumed.next(WAIT), "id"));
      List<String> replayed = resumed.next(WAIT);
      assertEquals("2", field(replayed, "id"));
      assertEquals(second, field(replayed, "data"));
      assertNotEquals(first, second);
    }
  }

  @Test
  void anEventIdTheStreamNeverGaveIsRefused() {
    String session = mcp.initialize("2025-11-25");
    assertEquals(400, Http.send(mcp.get(session).header("Last-Event-ID", "99").build()).statusCode());
    assertEquals(400, Http.send(mcp.get(session).header("Last-Event-ID", "abc").build()).statusCode());
  }

  @Test
  void theStreamWantsASessionAndAnEventStreamAccept() {
    String session = mcp.initialize("2025-11-25");
    assertEquals(406, Http.send(mcp.get(session).setHeader("Accept", "application/json").build()).statusCode());
    assertEquals(404, Http.send(mcp.get("nobody").build()).statusCode());
  }

  /** Opens the stream; the response's status and headers come before any event. */
  private EventStreamReader open(String session, String lastEventId) throws Exception {
    var request = mcp.get(session);
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    HttpResponse<InputStream> response = CLIENT.sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream())
        .get(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
    return new EventStreamReader(response.body());
  }

  /** The next event that is not a keep-alive: a keep-alive may come between any two events. */
  private static List<String> nextEvent(EventStreamReader stream) throws Exception {
    List<String> event = stream.next(WAIT);
    while (List.of(": keep-alive").equals(event)) {
      event = stream.next(WAIT);
    }
    return event;
  }
}
