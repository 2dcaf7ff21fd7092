package io.mcdewey.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.List;

/**
 * Stands in front of every path: refuses requests with other than one {@code Host} header or more than one
 * {@code Origin}, addressed to a foreign host or sent from a foreign origin ({@link HostCheck}), without the bearer
 * token when one is set (a signed-in browser may use the pages and the search API instead), and with a body over the
 * size limit.
 */
final class RequestGuard extends HttpFilter {
  private static final long serialVersionUID = 1L;

  private final transient HostCheck hosts;
  private final transient byte[] token;
  private final transient BrowserSignIn signIn;
  /** How many times the largest body accepted a refused body is read before the connection is cut. */
  private static final int DISCARD_BOUND_FACTOR = 16;
  private final int maxRequestBytes;

  RequestGuard(ServerSettings settings, BrowserSignIn signIn) {
    this.hosts = new HostCheck(settings);
    this.token = settings.token() == null ? null : settings.token().getBytes(StandardCharsets.UTF_8);
    this.signIn = signIn;
    this.maxRequestBytes = settings.maxRequestBytes();
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI();
    List<String> host = Collections.list(request.getHeaders("Host"));
    List<String> origin = Collections.list(request.getHeaders("Origin"));
    if (host.size() != 1 || origin.size() > 1) {
      ErrorBodies.write(path, response, HttpServletResponse.SC_BAD_REQUEST,
          "a request has one Host header and at most one Origin header");
    } else if (!hosts.hostAllowed(host.get(0))) {
      ErrorBodies.write(path, response, 421, "this server does not answer for host " + host.get(0));
    } else if (!origin.isEmpty() && !hosts.originAllowed(origin.get(0), request.getLocalPort())) {
      ErrorBodies.write(path, response, HttpServletResponse.SC_FORBIDDEN,
          "requests from origin " + origin.get(0) + " are not allowed");
    } else if (token != null && !authorized(request, path)) {
      refuseUnauthorized(request, response, path);
    } else if (request.getContentLengthLong() > maxRequestBytes) {
      discardBody(request);
      ErrorBodies.write(path, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
          "the request body is larger than " + maxRequestBytes + " bytes");
    } else {
      chain.doFilter(request, response);
    }
  }

  /**
   * Reads a refused body, up to a bound, before answering: a connection closed while the client still sends its body
   * is reset, and the client sees no answer at all rather than the refusal. A larger body is cut off.
   */
  private void discardBody(HttpServletRequest request) throws IOException {
    long bound = DISCARD_BOUND_FACTOR * (long) maxRequestBytes;
    byte[] buffer = new byte[8192];
    InputStream in = request.getInputStream();
    long read = 0;
    int n;
    while (read < bound && (n = in.read(buffer)) > 0) {
      read += n;
    }
  }

  /** The bearer token opens everything; the sign-in cookie everything but MCP; the sign-in page and assets are open. */
  private boolean authorized(HttpServletRequest request, String path) {
    if (path.equals(BrowserSignIn.PATH) || path.startsWith(AssetServlet.PATH)) {
      return true;
    }
    return hasToken(request) || !ServerPaths.isMcp(path) && signIn.signedIn(request);
  }

  /** A page asked for by a browser goes to the sign-in form; anything else is told which credentials to send. */
  private static void refuseUnauthorized(HttpServletRequest request, HttpServletResponse response, String path)
      throws IOException {
    if (request.getMethod().equals("GET") && !ServerPaths.isMcp(path) && !ServerPaths.isApi(path)) {
      String back = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", BrowserSignIn.PATH + "?next=" + Html.queryValue(back));
      return;
    }
    response.setHeader("WWW-Authenticate", "Bearer");
    ErrorBodies.write(path, response, HttpServletResponse.SC_UNAUTHORIZED,
        "a bearer token is required: Authorization: Bearer <token>");
  }

  /**
   * Whether the one {@code Authorization} header is {@code Bearer <token>}, the scheme in any case as HTTP allows,
   * the token compared in constant time, so that response times do not tell how much of a guess was right.
   */
  private boolean hasToken(HttpServletRequest request) {
    List<String> authorization = Collections.list(request.getHeaders("Authorization"));
    if (authorization.size() != 1) {
      return false;
    }
    String[] parts = authorization.get(0).strip().split("\\s+", 2);
    return parts.length == 2 && parts[0].equalsIgnoreCase("Bearer")
        && MessageDigest.isEqual(token, parts[1].strip().getBytes(StandardCharsets.UTF_8));
  }
}
