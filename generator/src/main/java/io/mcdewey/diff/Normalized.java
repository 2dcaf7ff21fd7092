package io.mcdewey.diff;

import io.mcdewey.model.ImpliedValue;
import io.mcdewey.model.Operation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms in which two releases are compared, leaving out what does not matter to clients: the names of path
 * variables, trailing slashes, the scheme and host placeholder of the base URI, and how prose is wrapped.
 */
final class Normalized {
  private Normalized() {}

  private static final Pattern VARIABLE = Pattern.compile("\\{([^{}]*)}");
  private static final Pattern BLANKS = Pattern.compile("[\\s\\u00a0]+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern WEB_SCHEME = Pattern.compile("(?i)^https?://");
  private static final Pattern OTHER_SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://");
  private static final Pattern PORT = Pattern.compile(":([0-9]+|\\{[^{}]*})$");
  private static final String ANY_VARIABLE = "{}";

  /** Prose with every run of white space folded to one space, trimmed: reflowed text compares equal. */
  static String text(String prose) {
    return prose == null ? "" : BLANKS.matcher(prose).replaceAll(" ").strip();
  }

  /** The text, or {@code null} when it is empty: reports show "nothing" rather than an empty text. */
  static String orNull(String text) {
    return text.isEmpty() ? null : text;
  }

  /**
   * A title reduced to its words in lower case, so that {@code Agent—Sign In} and {@code Agent - Sign in} compare
   * equal.
   */
  static String title(String title) {
    return NOT_WORD.matcher(title.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /** A path with every variable written {@code {}} and no trailing slash; {@code null} stays {@code null}. */
  static String path(String path) {
    if (path == null) {
      return null;
    }
    String slots = VARIABLE.matcher(path.strip()).replaceAll(Matcher.quoteReplacement(ANY_VARIABLE));
    return slots.length() > 1 && slots.endsWith("/") ? slots.substring(0, slots.length() - 1) : slots;
  }

  /** The names of a path's variables, in order. */
  static List<String> pathVariables(String path) {
    List<String> names = new ArrayList<>();
    if (path != null) {
      Matcher matcher = VARIABLE.matcher(path);
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
    }
    return names;
  }

  /**
   * A base URI without what clients choose or fill in themselves: {@code http} and {@code https} are dropped with
   * their default ports, a host holding a placeholder becomes {@code {}}, the host is lower-cased, and the path is
   * normalised like an operation's.
   */
  static String baseUri(String uri) {
    String rest = uri.strip();
    String scheme = "";
    Matcher web = WEB_SCHEME.matcher(rest);
    Matcher other = OTHER_SCHEME.matcher(rest);
    if (web.find()) {
      rest = rest.substring(web.end());
    } else if (other.find()) {
      scheme = other.group(1).toLowerCase(Locale.ROOT) + "://";
      rest = rest.substring(other.end());
    }
    int slash = rest.indexOf('/');
    String authority = slash < 0 ? rest : rest.substring(0, slash);
    String path = slash < 0 ? "" : path(rest.substring(slash));
    String port = "";
    Matcher portMatcher = PORT.matcher(authority);
    if (portMatcher.find()) {
      port = portMatcher.group(1);
      authority = authority.substring(0, portMatcher.start());
    }
    String host = authority.contains("{") || authority.contains("<") ? ANY_VARIABLE
        : authority.toLowerCase(Locale.ROOT);
    boolean defaultPort = port.equals("80") || port.equals("443") || port.isEmpty();
    String portPart = defaultPort ? "" : ":" + (port.startsWith("{") ? ANY_VARIABLE : port);
    return scheme + host + portPart + ("/".equals(path) ? "" : path);
  }

  /**
   * What identifies an operation's request: method, normalised path and the body fields it fixes, in name order;
   * {@code null} when the guide does not show both method and path.
   */
  static String request(Operation operation) {
    if (operation.method() == null || operation.path() == null) {
      return null;
    }
    StringBuilder request = new StringBuilder(operation.method().toUpperCase(Locale.ROOT))
        .append(' ').append(path(operation.path()));
    operation.impliedValues().stream()
        .sorted(Comparator.comparing(ImpliedValue::name))
        .forEach(value -> request.append(' ').append(value.name()).append('=').append(value.value()));
    return request.toString();
  }
}
