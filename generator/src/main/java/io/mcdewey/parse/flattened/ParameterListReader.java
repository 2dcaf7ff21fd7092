package io.mcdewey.parse.flattened;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a flattened parameter list such as {@code id (required): The ID of the user state (required): The new state
 * (LOGIN)}, or {@code token=<value> (Optional) return_user=yes}, into entries.
 *
 * <p>Names broken by extraction are repaired against the names the section's XML examples use:
 * {@code requested Action (required):} becomes {@code requestedAction} when the example has a
 * {@code <requestedAction>} element, and a name split after an underscore is always joined. Arrows that mark nesting,
 * as parameter tables print it ({@code -->uri (required):}), are not part of the name.
 */
final class ParameterListReader {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][\\w]*");
  private static final Pattern CONJUNCTION = Pattern.compile("\\b(?:or|and)\\b");

  /**
   * One listed parameter.
   *
   * @param name the repaired name
   * @param required true or false when the list says so, {@code null} when it does not
   * @param description the text after the name
   * @param allowedValues the upper-case values the description lists in its closing parentheses
   */
  record Entry(String name, Boolean required, String description, List<String> allowedValues) {}

  private static final Pattern MARKED_HEAD = Pattern.compile(
      "(?<![\\w>-])(?:-+>)?(?<name>[A-Za-z_][\\w.-]*)\\s*\\((?<marker>(?i:required|optional|mandatory)[^()]*)\\)\\s*:");
  private static final Pattern BARE_HEAD = Pattern.compile("(?<![\\w>/-])(?<name>[A-Za-z_][\\w.-]*):(?!//)");
  private static final Pattern ASSIGNMENT_HEAD = Pattern.compile(
      "(?:\\((?<marker>(?i:required|optional|mandatory))\\)\\s*)?(?<![\\w-])(?<name>[A-Za-z_][\\w.-]*)=");
  private static final Pattern CLOSING_VALUES = Pattern.compile("\\(([A-Z][A-Z0-9_]*(?:(?:,\\s*|\\s+)(?:or\\s+|and\\s+)?[A-Z][A-Z0-9_]*)*)\\)\\s*$");
  private static final Pattern UPPER_TOKEN = Pattern.compile("[A-Z][A-Z0-9_]*");

  private ParameterListReader() {}

  /**
   * Reads a list.
   *
   * @param value the field's text
   * @param knownNames element names from the section's examples, used to recognise unmarked and broken names
   */
  static List<Entry> read(String value, Set<String> knownNames) {
    List<Head> heads = heads(value, knownNames);
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < heads.size(); i++) {
      Head head = heads.get(i);
      int end = i + 1 < heads.size() ? heads.get(i + 1).start : value.length();
      String description = value.substring(head.end, end).strip();
      entries.add(new Entry(head.name, head.required, description, closingValues(description)));
    }
    return entries;
  }

  private record Head(int start, int end, String name, Boolean required) {}

  private static List<Head> heads(String value, Set<String> knownNames) {
    List<Head> heads = new ArrayList<>();
    Matcher marked = MARKED_HEAD.matcher(value);
    while (marked.find()) {
      heads.add(repaired(value, marked.start(), marked.end(), marked.group("name"), required(marked.group("marker")),
          knownNames));
    }
    if (heads.isEmpty()) {
      Matcher assignment = ASSIGNMENT_HEAD.matcher(value);
      while (assignment.find()) {
        int valueEnd = assignment.end();
        heads.add(new Head(assignment.start(), valueEnd, assignment.group("name"), required(assignment.group("marker"))));
      }
      if (!heads.isEmpty()) {
        return heads;
      }
    }
    Matcher bare = BARE_HEAD.matcher(value);
    while (bare.find()) {
      String name = bare.group("name");
      boolean squashed = bare.end() < value.length() && Character.isUpperCase(value.charAt(bare.end()));
      boolean atStart = value.substring(0, bare.start()).isBlank();
      if ((knownNames.contains(name) || squashed || atStart) && !overlaps(heads, bare.start())) {
        heads.add(repaired(value, bare.start(), bare.end(), name, null, knownNames));
      }
    }
    heads.sort((a, b) -> Integer.compare(a.start, b.start));
    return heads;
  }

  private static boolean overlaps(List<Head> heads, int at) {
    return heads.stream().anyMatch(h -> at >= h.start && at < h.end);
  }

  private static Head repaired(String value, int start, int end, String name, Boolean required,
      Set<String> knownNames) {
    int wordEnd = start;
    while (wordEnd > 0 && value.charAt(wordEnd - 1) == ' ') {
      wordEnd--;
    }
    int wordStart = wordEnd;
    while (wordStart > 0 && !Character.isWhitespace(value.charAt(wordStart - 1))) {
      wordStart--;
    }
    if (wordStart < wordEnd) {
      String previous = value.substring(wordStart, wordEnd);
      String joined = previous + name;
      boolean splitAfterUnderscore = previous.endsWith("_") && IDENTIFIER.matcher(previous).matches();
      if (splitAfterUnderscore || (knownNames.contains(joined) && !knownNames.contains(name))) {
        return new Head(wordStart, end, joined, required);
      }
    }
    return new Head(start, end, name, required);
  }

  private static Boolean required(String marker) {
    if (marker == null) {
      return null;
    }
    String lower = marker.toLowerCase(Locale.ROOT).strip();
    if (lower.startsWith("optional")) {
      return Boolean.FALSE;
    }
    return Boolean.TRUE;
  }

  private static List<String> closingValues(String description) {
    Matcher matcher = CLOSING_VALUES.matcher(description);
    if (!matcher.find()) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    Matcher token = UPPER_TOKEN.matcher(CONJUNCTION.matcher(matcher.group(1)).replaceAll(" "));
    while (token.find()) {
      if (token.group().length() > 1 && !values.contains(token.group())) {
        values.add(token.group());
      }
    }
    return values;
  }
}
