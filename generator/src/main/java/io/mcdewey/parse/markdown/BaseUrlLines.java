package io.mcdewey.parse.markdown;

import io.mcdewey.model.Operation;
import io.mcdewey.parse.UriTemplate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The base URL a guide names on a line of its own ({@code Base URL: https://api.example.com/v1/},
 * {@code **Base URL:** `http://localhost:8080`}, {@code baseURL: ...}), which its request lines leave out: the
 * calls go to that URL followed by the paths printed. Its path is part of the base only where no request line
 * prints it already ({@code /v1/parameters} under {@code https://api.example.com/v1} is the path as printed).
 */
final class BaseUrlLines {
  /**
   * A caption naming the base URL, in the languages guides are read in, then a colon, an equals sign or a space, then
   * an absolute URL.
   */
  private static final Pattern BASE_URL_LINE = Pattern.compile("(?iu)^(?:api\\s+)?(?:base[\\s_-]?(?:url|uri)|"
      + "basis-?url|url\\s+(?:de\\s+|di\\s+)?base|ベースURL|基础URL|基础地址|基本URL|베이스\\s?URL|기본\\s?URL|"
      + "temel\\s+URL)\\s*[:=：]?\\s*[\"'`]?(https?://[^\\s\"'`<>)]+)");

  private static final Pattern TRAILING_STOP = Pattern.compile("[.,;:!?]+$");

  private BaseUrlLines() {}

  /** The base URL the guide names, without a trailing slash; empty when it names none. */
  static Optional<String> named(List<MarkdownElement> elements) {
    for (MarkdownElement element : elements) {
      // Told by its scheme's separator first: most lines hold none.
      if (element instanceof MarkdownElement.TextLine line && line.text().contains("://")) {
        Matcher base = BASE_URL_LINE.matcher(line.text().strip());
        if (base.lookingAt()) {
          // A sentence's stop or comma after the URL is the sentence's ({@code https://api.example.com/v1, and}).
          return Optional.of(withoutTrailingSlash(TRAILING_STOP.matcher(base.group(1)).replaceFirst("")));
        }
      }
    }
    return Optional.empty();
  }

  /** The path of a base URL, without a trailing slash; empty when it has none. */
  static String path(String named) {
    UriTemplate template = UriTemplate.parse(named);
    return template == null ? "" : withoutTrailingSlash(template.path());
  }

  /**
   * The base URI of operations printed without a host under the base URL named: the URL whole where no operation's
   * path opens with its path, else its scheme and host alone.
   */
  static String of(String named, List<Operation> operations) {
    UriTemplate template = UriTemplate.parse(named);
    if (template == null || template.baseUri().isEmpty()) {
      return "";
    }
    String path = path(named);
    String lowerPath = path.toLowerCase(Locale.ROOT);
    boolean printed = !path.isEmpty() && operations.stream().map(Operation::path)
        .anyMatch(printedPath -> printedPath != null && (printedPath.toLowerCase(Locale.ROOT).equals(lowerPath)
            || printedPath.toLowerCase(Locale.ROOT).startsWith(lowerPath + "/")));
    return printed ? template.baseUri() : template.baseUri() + path;
  }

  private static String withoutTrailingSlash(String text) {
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }
}
