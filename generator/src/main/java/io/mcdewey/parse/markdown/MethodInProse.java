package io.mcdewey.parse.markdown;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one method a section's prose names, in capitals as a word of its own ({@code This GET method lists the notes},
 * {@code Send a POST request to the URL below}), which completes a URI its labels print without one: guides that
 * box an endpoint's URL in a table of its traits often name its method only in its description. Two methods named
 * say nothing of which is the URI's.
 */
final class MethodInProse {
  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

  private MethodInProse() {}

  static Optional<String> named(List<String> prose) {
    String named = null;
    for (String text : prose) {
      int at = 0;
      while (at < text.length()) {
        while (at < text.length() && !Character.isLetter(text.charAt(at))) {
          at++;
        }
        int end = at;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
          end++;
        }
        String word = text.substring(at, end);
        if (METHODS.contains(word)) {
          if (named != null && !named.equals(word)) {
            return Optional.empty();
          }
          named = word;
        }
        at = end;
      }
    }
    return Optional.ofNullable(named);
  }
}
