package io.mcdewey.parse.markdown.request;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Tells the URIs pages print without what makes a URI plain to see: a route without its leading slash
 * ({@code api/account/create}) and a host named without a scheme ({@code api.example.net/cdn/x}).
 */
public final class RelativeRoutes {
  private static final Pattern BASE_SEGMENT = Pattern.compile("(?i)api|rest|v\\d+(?:\\.\\d+)*");
  private static final Pattern API_SEGMENT = Pattern.compile("(?i)api|rest|v\\d+(?:\\.\\d+)?|\\{[^{}]+}");
  /** A URL's scheme and host, before its path. */
  private static final Pattern SCHEME_AND_HOST = Pattern.compile("(?i)^https?://[^/\\s]+");
  private static final Pattern RELATIVE_ROUTE =
      Pattern.compile("\\s*[A-Za-z{][\\w{}.~-]*(?:/[\\w{}.~:-]+)+/?\\s*");
  /** A host named with its top-level domain, or {@code localhost}, then a route, without a scheme. */
  private static final Pattern HOST_WITHOUT_SCHEME =
      Pattern.compile("(?i)\\s*(?:(?:[a-z0-9-]+\\.)+[a-z]{2,}|localhost)(?::\\d+)?/\\S*\\s*");

  private RelativeRoutes() {}

  /**
   * Whether a text is a route without its leading slash, of two segments at least ({@code api/users/{id}}), one of
   * them {@code api}, {@code rest}, a version or a variable, or of three at least, and not a host's name
   * ({@code api.example.net/x}).
   */
  public static boolean isRouteWithoutSlash(String text) {
    // Only a segment no other text holds makes it a route ({@code api/account/create}, {@code v2/users}, a variable):
    // {@code application/json}, {@code health/live} or {@code N/A} are a media type, a setting's value, words.
    // Three segments or more are a route too ({@code cs-ws/resources/admin/device}): no media type or word pair.
    String[] segments = text.strip().split("/");
    return RELATIVE_ROUTE.matcher(text).matches() && !isHostWithoutScheme(text) && (segments.length >= 3
        || Arrays.stream(segments).anyMatch(segment -> API_SEGMENT.matcher(segment).matches()));
  }

  /**
   * Whether a URI names a server and perhaps its API's base, no resource: its path's segments, if any, are all
   * {@code api}, {@code rest} or a version ({@code https://api.example.com/v1}, {@code /api/v2}).
   */
  public static boolean namesServerOnly(String uri) {
    String path = SCHEME_AND_HOST.matcher(uri.strip()).replaceFirst("");
    return Arrays.stream(path.split("/")).allMatch(segment -> segment.isEmpty()
        || BASE_SEGMENT.matcher(segment).matches());
  }

  /** Whether a text is a host named with its domain and a route, without a scheme. */
  public static boolean isHostWithoutScheme(String text) {
    return HOST_WITHOUT_SCHEME.matcher(text).matches();
  }
}
