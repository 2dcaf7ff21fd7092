package io.mcdewey.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A guide's place in a documentation library, {@code <product>/<version>/<doc>/<doc>.md} (or {@code .html}).
 *
 * @param product the product directory
 * @param version the version directory
 * @param document the document name
 */
public record LibraryPath(String product, String version, String document) {

  private static final Pattern LAYOUT =
      Pattern.compile("(?:^|.*/)([^/]+)/([^/]+)/([^/]+)/\\3\\.(?:md|markdown|adoc|rst|html|htm|jsonl)$");

  /** Reads the library layout from a path written with {@code /} separators, or returns {@code null}. */
  public static LibraryPath parse(String path) {
    Matcher matcher = LAYOUT.matcher(path.replace('\\', '/'));
    return matcher.matches() ? new LibraryPath(matcher.group(1), matcher.group(2), matcher.group(3)) : null;
  }
}
