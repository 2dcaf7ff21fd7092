package io.mcdewey.server;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Signing a browser in when the server requires a token: whoever posts the token to the sign-in form gets a cookie,
 * HttpOnly so that scripts cannot read it and SameSite=Strict so that other sites' pages cannot send it. The cookie
 * holds a random value made when the server started, not the token, and opens the pages and the search API; the MCP
 * endpoint still wants the token itself.
 */
final class BrowserSignIn {
  static final String COOKIE = "mcdewey_session";
  static final String PATH = "/sign-in";

  private final byte[] token;
  private final String cookieValue;

  BrowserSignIn(String token) {
    this.token = token.getBytes(StandardCharsets.UTF_8);
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    this.cookieValue = HexFormat.of().formatHex(random);
  }

  /** Whether a typed token is the server's, compared in constant time. */
  boolean isToken(String typed) {
    return typed != null && MessageDigest.isEqual(token, typed.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether the request carries the cookie of a signed-in browser. */
  boolean signedIn(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return false;
    }
    byte[] expected = cookieValue.getBytes(StandardCharsets.UTF_8);
    for (Cookie cookie : cookies) {
      if (COOKIE.equals(cookie.getName())
          && MessageDigest.isEqual(expected, cookie.getValue().getBytes(StandardCharsets.UTF_8))) {
        return true;
      }
    }
    return false;
  }

  /** The {@code Set-Cookie} header value that signs a browser in until it closes. */
  String setCookie(boolean secure) {
    return COOKIE + "=" + cookieValue + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
  }
}
