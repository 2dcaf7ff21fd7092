package io.mcdewey.parse.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line naming which of the parameters just listed are required ({@code Mandatory fields: shareType, path and
 * shareWith for shareType 0 or 1}), as guides whose tables have no column for it print under them. A name standing
 * alone in the list is required; one the line qualifies ({@code shareWith for shareType 0 or 1}) is required only in
 * some cases, which the model cannot say, and is left as the table leaves it.
 */
final class RequiredNames {
  private static final Pattern LINE = Pattern.compile(
      "(?i)^(?:mandatory|required)\\s+(?:fields|parameters|arguments|attributes|properties|params)\\s*:\\s*(.+?)\\.?$");
  private static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");
  private static final Pattern ALTERNATIVE = Pattern.compile("(?i)or\\s");
  private static final Pattern NAME = Pattern.compile("^`?([\\p{L}_][\\w.\\[\\]-]*)`?$");

  private RequiredNames() {}

  /** The names a line says are required, if it is such a line. */
  static Optional<List<String>> of(String text) {
    String stripped = text.strip();
    // The line opens with one of the pattern's first words, whose ASCII letters alone it takes in either case.
    if (stripped.isEmpty() || "mrMR".indexOf(stripped.charAt(0)) < 0) {
      return Optional.empty();
    }
    Matcher line = LINE.matcher(stripped);
    if (!line.matches()) {
      return Optional.empty();
    }
    String[] items = SEPARATOR.split(line.group(1));
    if (Arrays.stream(items).anyMatch(item -> ALTERNATIVE.matcher(item).lookingAt())) {
      // Names offered as alternatives ({@code carrier, or tracking_url}) are each required only without the other.
      return Optional.of(List.of());
    }
    List<String> names = new ArrayList<>();
    for (String item : items) {
      Matcher name = NAME.matcher(item.strip());
      if (name.matches()) {
        names.add(name.group(1));
      }
    }
    return Optional.of(List.copyOf(names));
  }
}
