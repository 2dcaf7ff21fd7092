package io.mcdewey.server;

import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stands in front of every path: refuses requests addressed to a foreign {@code Host} or sent from a foreign
 * {@code Origin} (DNS rebinding, cross-site calls) with the MCP SDK's validator, requests without the bearer token
 * when one is set, and request bodies over the size limit.
 */
final class RequestGuard extends HttpFilter {
  private static final long serialVersionUID = 1L;

  private final transient DefaultServerTransportSecurityValidator validator;
  private final transient byte[] token;
  private final int maxRequestBytes;

  RequestGuard(ServerSettings settings) {
    this.validator = validator(settings);
    this.token = settings.token() == null ? null : ("Bearer " + settings.token()).getBytes(StandardCharsets.UTF_8);
    this.maxRequestBytes = settings.maxRequestBytes();
  }

  /** The SDK's Host and Origin validator for these settings; the MCP transport is given the same one. */
  static DefaultServerTransportSecurityValidator validator(ServerSettings settings) {
    return DefaultServerTransportSecurityValidator.builder()
        .allowedHosts(settings.allowedHosts())
        .allowedOrigins(settings.allowedOrigins())
        .build();
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      validator.validateHeaders(headers(request));
    } catch (ServerTransportSecurityException e) {
      refuse(response, e.getStatusCode(), e.getMessage());
      return;
    }
    if (token != null && !hasToken(request)) {
      response.setHeader("WWW-Authenticate", "Bearer");
      refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "a bearer token is required");
      return;
    }
    if (request.getContentLengthLong() > maxRequestBytes) {
      refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
          "the request body is larger than " + maxRequestBytes + " bytes");
      return;
    }
    chain.doFilter(request, response);
  }

  /** Compares in constant time, so that response times do not tell how much of a guess was right. */
  private boolean hasToken(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    return authorization != null && MessageDigest.isEqual(token, authorization.getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, List<String>> headers(HttpServletRequest request) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.put(name, Collections.list(request.getHeaders(name)));
    }
    return headers;
  }

  private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain;charset=utf-8");
    response.getWriter().println(message);
  }
}
