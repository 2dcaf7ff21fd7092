package io.mcdewey.parse.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells an HTTP request header by its name: the request headers the HTTP specifications register (RFC 9110, 9111,
 * 6265, 7239) and extension headers named after the {@code X-} convention (RFC 6648). A parameter table that mixes
 * headers with other request parameters ({@code X-Auth-Token}, {@code Content-Type} under "Request Parameters")
 * sends those rows as headers.
 */
final class HeaderNames {
  private static final Set<String> REGISTERED = Set.of("accept", "accept-charset", "accept-encoding",
      "accept-language", "authorization", "cache-control", "connection", "content-encoding", "content-language",
      "content-length", "content-md5", "content-type", "cookie", "date", "expect", "forwarded", "from", "host",
      "if-match", "if-modified-since", "if-none-match", "if-range", "if-unmodified-since", "max-forwards", "origin",
      "pragma", "proxy-authorization", "range", "referer", "te", "user-agent", "via");
  private static final Pattern HEADER_CASE = Pattern.compile("^\\p{Lu}[a-z0-9]*(?:-\\p{Lu}+[a-z0-9]*)*$");
  private static final Pattern EXTENSION = Pattern.compile("(?i)^X-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$");

  private HeaderNames() {}

  /**
   * Whether a name is a request header's: an extension header, or a registered one written as headers are, each word
   * capitalized ({@code Content-Type}, {@code From}), since a parameter may well be called {@code from} or
   * {@code range}.
   */
  static boolean isRequestHeader(String name) {
    String bare = name.strip();
    return EXTENSION.matcher(bare).matches()
        || REGISTERED.contains(bare.toLowerCase(Locale.ROOT)) && HEADER_CASE.matcher(bare).matches();
  }
}
