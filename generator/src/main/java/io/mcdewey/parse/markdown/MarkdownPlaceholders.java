package io.mcdewey.parse.markdown;

import io.mcdewey.parse.UriTemplate;
import io.mcdewey.parse.markdown.request.ExampleRequests;
import io.mcdewey.parse.markdown.request.MarkdownRequest;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which bare path segments of request lines are variables: {@code OWNER} in
 * {@code GET /kennels/OWNER} is one, {@code shared} is not. Capitals alone cannot tell, since guides also print
 * literal selectors in upper case; so a segment becomes a variable only on the guide's own evidence, or when its name
 * says it is an identifier, which no literal selector is:
 *
 * <ul>
 *   <li>an example of the section shows the request with another value in its place
 *       ({@code GET /kennels/alice}, or a URL {@code .../kennels/alice/12} in a payload);
 *   <li>the section explains it ({@code where BOWL is the bowl number}, {@code WHEN := ...}) or writes it as a
 *       variable ({@code {OWNER}});
 *   <li>its upper-case name says it is an identifier ({@code ID}, {@code SEGMENT_ID}, {@code FILE_UUID}), a value no
 *       two calls share;
 *   <li>it is an upper-case word shown to be a variable in another section of the guide, unless this section lists
 *       it among several upper-case alternatives at the same place ({@code /levels/WATER}, {@code /levels/FOOD}),
 *       which marks literal selectors.
 * </ul>
 *
 * A segment proven a variable in one request line of a section is one in all of them. A request line that writes a
 * variable as one ({@code /kennels/{kennel}/dogs}) has written them all: its bare segments stay literal.
 */
final class MarkdownPlaceholders {
  /** The characters a pattern's {@code \\s} matches. */
  private static final String SPACES = " \t\n\u000B\f\r";
  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  private static final Pattern UPPER = Pattern.compile("[A-Z][A-Z0-9_]+");
  /** An upper-case name of an identifier: {@code ID}, {@code UUID} or {@code GUID}, alone or closing a snake-case name. */
  private static final Pattern IDENTIFIER_NAME = Pattern.compile("(?:[A-Z][A-Z0-9]*_)*(?:UU|GU)?ID");
  private static final Pattern URL = Pattern.compile("(?i)https?://[^\\s<>\"'“”]+");
  private static final Pattern SCHEME_AND_HOST = Pattern.compile("(?i)^https?://[^/?#]*");
  private static final Pattern VARIABLE = Pattern.compile("\\{[^{}]+}|<[^<>]+>|:\\w+");
  /** A path variable written as one ({@code {id}}, {@code <id>}, {@code :id}): its other segments are literal. */
  private static final Pattern EXPLICIT_VARIABLE = Pattern.compile("[{<]\\w|/:\\w");

  private final Map<MarkdownSectionReader.Reading, Set<String>> variables = new IdentityHashMap<>();
  private final Map<MarkdownSectionReader.Reading, Set<String>> literals = new IdentityHashMap<>();

  MarkdownPlaceholders(List<MarkdownSectionReader.Reading> readings) {
    Map<MarkdownSectionReader.Reading, Set<String>> proven = new IdentityHashMap<>();
    Set<String> provenInGuide = new LinkedHashSet<>();
    for (MarkdownSectionReader.Reading reading : readings) {
      Set<String> local = provenLocally(reading);
      proven.put(reading, local);
      local.stream().filter(MarkdownPlaceholders::isUpperCase).forEach(provenInGuide::add);
    }
    for (MarkdownSectionReader.Reading reading : readings) {
      Set<String> chosen = new LinkedHashSet<>(proven.get(reading));
      Set<String> alternatives = literalAlternatives(reading, chosen);
      Set<String> literal = new LinkedHashSet<>();
      for (String token : tokens(reading)) {
        if (chosen.contains(token)) {
          continue;
        }
        if (provenInGuide.contains(token) && !alternatives.contains(token)) {
          chosen.add(token);
        } else if (isUpperCase(token)) {
          literal.add(token);
        }
      }
      variables.put(reading, chosen);
      literals.put(reading, literal);
    }
  }

  /** The request's URI with the path segments that are variables written {@code {NAME}}. */
  String template(MarkdownSectionReader.Reading reading, String uri) {
    Set<String> names = variables.getOrDefault(reading, Set.of());
    int pathStart = pathStart(uri);
    int queryStart = uri.indexOf('?') < 0 ? uri.length() : uri.indexOf('?');
    if (pathStart >= queryStart) {
      return uri;
    }
    if (EXPLICIT_VARIABLE.matcher(uri.substring(pathStart, queryStart)).find()) {
      return uri;
    }
    String[] segments = uri.substring(pathStart, queryStart).split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      if (names.contains(segments[i])) {
        segments[i] = "{" + segments[i] + "}";
      }
    }
    return uri.substring(0, pathStart) + String.join("/", segments) + uri.substring(queryStart);
  }

  /** The upper-case segments of a section's request lines kept literal for want of evidence. */
  Set<String> literals(MarkdownSectionReader.Reading reading) {
    return literals.getOrDefault(reading, Set.of());
  }

  private static Set<String> provenLocally(MarkdownSectionReader.Reading reading) {
    Set<String> proven = new LinkedHashSet<>();
    List<List<String>> templates = requests(reading).stream().map(request -> segments(request.uri())).toList();
    if (templates.isEmpty()) {
      // A section without request lines has no segment to prove: its examples and prose are not searched.
      return proven;
    }
    for (List<String> concrete : shown(reading.exampleTexts())) {
      List<Set<String>> fillings = templates.stream()
          .map(template -> filledIn(template, concrete))
          .flatMap(Optional::stream)
          .toList();
      if (fillings.stream().noneMatch(Set::isEmpty)) {
        fillings.forEach(proven::addAll);
      }
    }
    String prose = String.join("\n", reading.prose());
    for (String token : tokens(reading)) {
      if (IDENTIFIER_NAME.matcher(token).matches() || explained(token, prose)) {
        proven.add(token);
      }
    }
    return proven;
  }

  /** The path segments of the requests and URLs that example texts show. */
  private static List<List<String>> shown(List<String> exampleTexts) {
    List<List<String>> shown = new ArrayList<>();
    for (String text : exampleTexts) {
      for (MarkdownRequest request : MarkdownRequestLines.anywhere(text, 0)) {
        shown.add(segments(request.uri()));
      }
      Matcher url = URL.matcher(text);
      // Every URL holds a scheme's separator, told before the pattern runs: most examples are payloads without one.
      boolean holdsUrl = text.contains("://");
      while (holdsUrl && url.find()) {
        shown.add(segments(url.group()));
      }
    }
    return shown;
  }

  /**
   * The bare segments of a template that a concrete path fills in, when it is the same path otherwise: an
   * upper-case segment against any other value, or any word against an id ({@code id} against {@code 6}, not
   * {@code api} against {@code v1}). Empty when the path needs no bare segment filled in (another request line of
   * the section shows it, {@code /users/{id}} rather than {@code /users/me}), which then proves nothing; absent when
   * it is another path, or one sharing no segment with the template where a word in lower case would be filled in.
   */
  private static Optional<Set<String>> filledIn(List<String> template, List<String> concrete) {
    if (template.size() != concrete.size()) {
      return Optional.empty();
    }
    Set<String> filled = new LinkedHashSet<>();
    boolean shared = false;
    for (int i = 0; i < template.size(); i++) {
      String segment = template.get(i);
      String value = concrete.get(i);
      if (segment.equals(value) || isVariable(segment)) {
        shared |= segment.equals(value);
        continue;
      }
      if (WORD.matcher(segment).matches() && (isUpperCase(segment) || ExampleRequests.isValue(value))) {
        filled.add(segment);
        continue;
      }
      return Optional.empty();
    }
    // A path sharing no segment with the template fills in words only where they are written in capitals: a URL of
    // another site in a payload ({@code http://www.gravatar.com/4589972C...}) is no call of {@code /users}.
    return shared || filled.stream().allMatch(MarkdownPlaceholders::isUpperCase) ? Optional.of(filled)
        : Optional.empty();
  }

  /** Whether the prose explains the token; each pattern is built only when the prose holds what it must match. */
  private static boolean explained(String token, String prose) {
    if (!prose.contains(token)) {
      return false;
    }
    String name = Pattern.quote(token);
    // Each pattern needs the token between the characters it sets around it: told before the pattern is built.
    boolean spacedAfter = occurs(prose, token, "", SPACES);
    if (occurs(prose, token, "{<", "}>")
            && Pattern.compile("(?<![\\w{<])[{<]" + name + "[}>]").matcher(prose).find()
        || spacedAfter && prose.contains("here") && Pattern.compile("\\b[Ww]here\\s+" + name
            + "\\s+(?:is|are|=|means|represents|stands for|refers to)\\b").matcher(prose).find()
        || prose.indexOf('=') >= 0 && occurs(prose, token, "", SPACES + ":=")
            && Pattern.compile("(?<![\\w{<=])" + name + "\\s*:?=\\s").matcher(prose).find()) {
      return true;
    }
    return isUpperCase(token) && spacedAfter
        && Pattern.compile("(?<![\\w{<])" + name + "\\s+(?:is|are)\\s+(?:the|a|an)\\b").matcher(prose).find();
  }

  /**
   * Whether the token occurs in the text right after one of the characters {@code before} and right before one of
   * {@code after}; an empty {@code before} takes any character or the text's start.
   */
  private static boolean occurs(String text, String token, String before, String after) {
    for (int at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
      int end = at + token.length();
      boolean opened = before.isEmpty() || at > 0 && before.indexOf(text.charAt(at - 1)) >= 0;
      if (opened && end < text.length() && after.indexOf(text.charAt(end)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Upper-case last segments that several request lines of the section print at the same place, after the same
   * method and path, and that the section itself does not show to be variables.
   */
  private static Set<String> literalAlternatives(MarkdownSectionReader.Reading reading, Set<String> proven) {
    Map<String, Set<String>> byPlace = new HashMap<>();
    for (MarkdownRequest request : requests(reading)) {
      List<String> segments = segments(request.uri());
      if (segments.isEmpty()) {
        continue;
      }
      String last = segments.get(segments.size() - 1);
      if (isUpperCase(last) && !proven.contains(last)) {
        String place = request.method() + " " + String.join("/", segments.subList(0, segments.size() - 1));
        byPlace.computeIfAbsent(place, p -> new LinkedHashSet<>()).add(last);
      }
    }
    Set<String> alternatives = new LinkedHashSet<>();
    byPlace.values().stream().filter(lasts -> lasts.size() > 1).forEach(alternatives::addAll);
    return alternatives;
  }

  /** The bare words among the path segments of a section's request lines. */
  private static Set<String> tokens(MarkdownSectionReader.Reading reading) {
    Set<String> tokens = new LinkedHashSet<>();
    for (MarkdownRequest request : requests(reading)) {
      segments(request.uri()).stream().filter(s -> WORD.matcher(s).matches()).forEach(tokens::add);
    }
    return tokens;
  }

  private static List<MarkdownRequest> requests(MarkdownSectionReader.Reading reading) {
    List<MarkdownRequest> requests = new ArrayList<>();
    reading.endpoints().forEach(part -> requests.addAll(part.requests));
    return requests;
  }

  /** The path segments of a printed URI, without scheme, host and query. */
  private static List<String> segments(String uri) {
    int pathStart = pathStart(uri);
    int queryStart = uri.indexOf('?', pathStart) < 0 ? uri.length() : uri.indexOf('?', pathStart);
    List<String> segments = new ArrayList<>();
    if (pathStart >= queryStart) {
      return segments;
    }
    for (String segment : UriTemplate.repair(uri.substring(pathStart, queryStart)).split("/")) {
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return segments;
  }

  private static int pathStart(String uri) {
    Matcher host = SCHEME_AND_HOST.matcher(uri);
    return host.lookingAt() ? host.end() : 0;
  }

  private static boolean isVariable(String segment) {
    return VARIABLE.matcher(segment).matches();
  }

  private static boolean isUpperCase(String token) {
    return UPPER.matcher(token).matches() && token.chars().anyMatch(Character::isLetter);
  }
}
