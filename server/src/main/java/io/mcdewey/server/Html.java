package io.mcdewey.server;

import io.mcdewey.search.GuideId;
import java.nio.charset.StandardCharsets;

/** Writing the server's pages: escaping, links to chunks, and the frame every page shares. */
final class Html {
  private Html() {}

  /** A whole page: a search form without filters on top, then the body. */
  static String page(String title, String query, String body) {
    return page(title, SearchBox.plain(query), body);
  }

  /** A whole page: the search form on top, then the body; the style sheet and script come from the server. */
  static String page(String title, SearchBox box, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<meta name=\"color-scheme\" content=\"light dark\">"
        + "<title>" + escape(title) + " · McDewey</title><link rel=\"stylesheet\" href=\"" + AssetServlet.PATH
        + "site.css\"><script src=\"" + AssetServlet.PATH + "site.js\" defer></script></head><body>\n"
        + "<header><a class=\"home\" href=\"/\">McDewey</a>" + box.html() + "</header>\n<main>\n" + body
        + "</main></body></html>\n";
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** The chunk page of a chunk id. */
  static String chunkUrl(String chunkId) {
    return "/c/" + pathSegment(chunkId);
  }

  /** The page of a guide: its table of contents. */
  static String guideUrl(GuideId guide) {
    return "/g/" + pathSegment(guide.key());
  }

  /** The page showing a chunk among its neighbours, scrolled to it. */
  static String contextUrl(String chunkId) {
    return "/context/" + pathSegment(chunkId) + "#" + anchor(chunkId);
  }

  /** An element id for a chunk or an endpoint on a page. */
  static String anchor(String id) {
    // A loop, not a regular expression: every search result carries an anchor, and compiling the pattern each time
    // cost a twentieth of a search.
    StringBuilder anchor = new StringBuilder(id.length() + 2).append("x-");
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean kept = c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-');
      anchor.append(kept ? c : '-');
    }
    return anchor.toString();
  }

  /** Percent-encodes everything but unreserved characters and colons, so an id is one path segment. */
  static String pathSegment(String text) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (Character.isLetterOrDigit(c) && c < 128 || "-._~:".indexOf(c) >= 0) {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return encoded.toString();
  }

  /** A query parameter value. */
  static String queryValue(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
