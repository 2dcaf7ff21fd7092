package io.mcdewey.mcp;

import io.mcdewey.json.Json;
import io.mcdewey.json.JsonException;
import io.mcdewey.mcp.JsonRpcMessage.InvalidMessage;
import io.mcdewey.mcp.JsonRpcMessage.Request;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MCP over Streamable HTTP at one path: {@code POST} carries JSON-RPC messages and is answered with JSON,
 * {@code GET} opens the session's event stream, {@code DELETE} ends the session. Every refusal is a JSON-RPC error
 * body with the HTTP status the transport specification gives.
 */
public final class StreamableHttpServlet extends HttpServlet implements AutoCloseable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(StreamableHttpServlet.class);

  static final String SESSION_HEADER = "Mcp-Session-Id";
  static final String VERSION_HEADER = "MCP-Protocol-Version";
  static final String LAST_EVENT_HEADER = "Last-Event-ID";
  /** Sessions nobody used for this long end, unless their event stream is open. */
  static final Duration IDLE_LIMIT = Duration.ofMinutes(30);
  static final int MAX_SESSIONS = 1000;

  private final transient McpMethods methods;
  private final transient McpSessions sessions;
  private final transient List<String> notices;
  private final int maxRequestBytes;

  /**
   * @param keepAlive how often open event streams get a keep-alive comment
   */
  public StreamableHttpServlet(McpFeatures features, int maxRequestBytes, Duration keepAlive) {
    this.methods = new McpMethods(features);
    this.sessions = new McpSessions(IDLE_LIMIT, MAX_SESSIONS, keepAlive);
    this.notices = features.notices();
    this.maxRequestBytes = maxRequestBytes;
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      switch (request.getMethod()) {
        case "POST" -> post(request, response);
        case "GET" -> get(request, response);
        case "DELETE" -> delete(request, response);
        default -> {
          response.setHeader("Allow", "GET, POST, DELETE");
          refuse(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, request.getMethod()
              + " is not part of the MCP transport; use POST, GET or DELETE");
        }
      }
    } catch (RuntimeException e) {
      LOG.error("MCP request failed", e);
      if (!response.isCommitted()) {
        response.reset();
        write(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, new JsonRpcException(
            JsonRpcException.INTERNAL_ERROR, "the server failed to answer; its log says why").response(null));
      }
    }
  }

  private void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (!MediaTypes.isJson(request)) {
      refuse(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "the body must be JSON (Content-Type: "
          + MediaTypes.JSON + ")");
      return;
    }
    if (!MediaTypes.accepts(request, MediaTypes.JSON) || !MediaTypes.accepts(request, MediaTypes.EVENT_STREAM)) {
      refuse(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "the request must accept both " + MediaTypes.JSON
          + " and " + MediaTypes.EVENT_STREAM);
      return;
    }
    if (!versionHeaderIsSupported(request, response)) {
      return;
    }
    byte[] body = request.getInputStream().readNBytes(maxRequestBytes + 1);
    if (body.length > maxRequestBytes) {
      refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "the body is larger than " + maxRequestBytes
          + " bytes");
      return;
    }
    Object json;
    try {
      json = Json.parse(new String(body, StandardCharsets.UTF_8));
    } catch (JsonException e) {
      write(response, HttpServletResponse.SC_BAD_REQUEST, new JsonRpcException(JsonRpcException.PARSE_ERROR,
          "the body is not JSON: " + e.getMessage()).response(null));
      return;
    }
    if (json instanceof List<?> batch) {
      batch(request, response, batch);
      return;
    }
    JsonRpcMessage message;
    try {
      message = JsonRpcMessage.read(json);
    } catch (InvalidMessage e) {
      write(response, HttpServletResponse.SC_BAD_REQUEST, e.response());
      return;
    }
    if (message instanceof Request initialize && initialize.method().equals("initialize")) {
      initialize(initialize, response);
      return;
    }
    Optional<McpSession> session = session(request, response);
    if (session.isPresent()) {
      answer(response, answer(session.get(), message));
    }
  }

  private void initialize(Request request, HttpServletResponse response) throws IOException {
    McpSession session;
    try {
      session = sessions.open(McpMethods.requestedVersion(Params.of(request.params())));
    } catch (JsonRpcException e) {
      write(response, e.code() == JsonRpcException.TRANSPORT_ERROR ? HttpServletResponse.SC_SERVICE_UNAVAILABLE
          : HttpServletResponse.SC_BAD_REQUEST, e.response(request.id()));
      return;
    }
    response.setHeader(SESSION_HEADER, session.id());
    write(response, HttpServletResponse.SC_OK, request.result(methods.initialize(session)));
  }

  /** A batch, in a session whose protocol version has batches: each request answered, in one array. */
  private void batch(HttpServletRequest request, HttpServletResponse response, List<?> batch) throws IOException {
    if (batch.isEmpty()) {
      refuse(response, HttpServletResponse.SC_BAD_REQUEST, JsonRpcException.INVALID_REQUEST, "the batch is empty");
      return;
    }
    Optional<McpSession> session = session(request, response);
    if (session.isEmpty()) {
      return;
    }
    if (!ProtocolVersions.allowsBatches(session.get().protocolVersion())) {
      refuse(response, HttpServletResponse.SC_BAD_REQUEST, JsonRpcException.INVALID_REQUEST, "protocol version "
          + session.get().protocolVersion() + " has no batches; send one message per request");
      return;
    }
    List<Object> answers = new ArrayList<>();
    for (Object element : batch) {
      try {
        Map<String, Object> answer = answer(session.get(), JsonRpcMessage.read(element));
        if (answer != null) {
          answers.add(answer);
        }
      } catch (InvalidMessage e) {
        answers.add(e.response());
      }
    }
    answer(response, answers.isEmpty() ? null : answers);
  }

  /** The response to a request; nothing for notifications and for responses, since the server asks nothing. */
  private Map<String, Object> answer(McpSession session, JsonRpcMessage message) {
    if (!(message instanceof Request request)) {
      return null;
    }
    try {
      return request.result(methods.answer(session, request.method(), Params.of(request.params())));
    } catch (JsonRpcException e) {
      return e.response(request.id());
    }
  }

  /** Answers with the responses, or with 202 Accepted and no body when the messages asked for none. */
  private static void answer(HttpServletResponse response, Object responses) throws IOException {
    if (responses == null) {
      response.setStatus(HttpServletResponse.SC_ACCEPTED);
      return;
    }
    write(response, HttpServletResponse.SC_OK, responses);
  }

  private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (!MediaTypes.accepts(request, MediaTypes.EVENT_STREAM)) {
      refuse(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "the event stream is " + MediaTypes.EVENT_STREAM
          + "; the request must accept it");
      return;
    }
    if (!versionHeaderIsSupported(request, response)) {
      return;
    }
    Optional<McpSession> found = session(request, response);
    if (found.isEmpty()) {
      return;
    }
    McpSession session = found.get();
    Long resumeAfter = null;
    String lastEvent = request.getHeader(LAST_EVENT_HEADER);
    if (lastEvent != null) {
      try {
        resumeAfter = session.events().eventId(lastEvent);
      } catch (IllegalArgumentException e) {
        refuse(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        return;
      }
    }
    AsyncContext async = request.startAsync();
    async.setTimeout(0);
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(MediaTypes.EVENT_STREAM + ";charset=utf-8");
    response.setHeader("Cache-Control", "no-cache, no-store");
    AsyncSink sink = new AsyncSink(async, response);
    try {
      session.events().open(sink, resumeAfter);
    } catch (EventStream.Busy e) {
      response.reset();
      refuse(response, HttpServletResponse.SC_CONFLICT, e.getMessage());
      async.complete();
      return;
    }
    async.addListener(new StreamEnd(() -> session.events().detach(sink)));
    if (resumeAfter == null) {
      notices.forEach(notice -> session.log(LogLevel.WARNING, "library", notice));
    }
  }

  private void delete(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<McpSession> session = session(request, response);
    if (session.isPresent()) {
      sessions.end(session.get().id());
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
  }

  /** The request's session; else the request is answered 400 (no session id) or 404 (unknown or ended). */
  private Optional<McpSession> session(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String id = request.getHeader(SESSION_HEADER);
    if (id == null || id.isBlank()) {
      refuse(response, HttpServletResponse.SC_BAD_REQUEST, "the Mcp-Session-Id header is required; send"
          + " initialize first to get one");
      return Optional.empty();
    }
    Optional<McpSession> session = sessions.find(id.strip());
    if (session.isEmpty()) {
      refuse(response, HttpServletResponse.SC_NOT_FOUND, "no session " + id.strip() + "; it ended or the server"
          + " restarted: initialize again");
    }
    return session;
  }

  private static boolean versionHeaderIsSupported(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String version = request.getHeader(VERSION_HEADER);
    if (version == null || ProtocolVersions.supported(version.strip())) {
      return true;
    }
    refuse(response, HttpServletResponse.SC_BAD_REQUEST, "unsupported MCP-Protocol-Version " + version
        + "; this server speaks " + String.join(", ", ProtocolVersions.SUPPORTED));
    return false;
  }

  private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
    refuse(response, status, JsonRpcException.TRANSPORT_ERROR, message);
  }

  private static void refuse(HttpServletResponse response, int status, int code, String message)
      throws IOException {
    write(response, status, new JsonRpcException(code, message).response(null));
  }

  private static void write(HttpServletResponse response, int status, Object body) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaTypes.JSON);
    response.setCharacterEncoding("utf-8");
    response.getOutputStream().write(CompactJson.write(body).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    sessions.close();
  }
}
