package io.mcdewey.parse.markdown;

import io.mcdewey.model.ParameterLocation;
import io.mcdewey.parse.Whitespace;
import io.mcdewey.parse.payload.LenientJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a request body's template: a JSON object whose values describe its fields in words rather than show example
 * values ({@code {"email": "Email address", "team": "Name of the team (Optional)"}}), as references print the body a
 * command takes. Each top-level member is a body parameter, optional where its description says so. An object with
 * numbers or booleans among its values, or too few members, is an example or a message, not a template. The text is
 * read by {@link LenientJson}, so that a template the page cuts short still shows its members before the cut.
 */
final class JsonTemplates {
  /** A value that describes: words parted by spaces, opening with a letter. */
  private static final Pattern DESCRIPTION = Pattern.compile("^\\p{L}[\\p{L}\\p{N}'’,.()/-]*(?:\\s+\\S+)+$");
  /** Where a member's name breaks into words: an underscore or hyphen, or before a capital after a small letter. */
  private static final Pattern NAME_BREAK = Pattern.compile("[_-]+|(?<=\\p{Ll})(?=\\p{Lu})");
  private static final Pattern OPTIONAL = Pattern.compile("(?i)\\boptional\\b");
  private static final Pattern TYPE_NAME = Pattern.compile(MarkdownParameterText.TYPES);
  /** The share of string members whose values must describe for an object to be a template. */
  private static final double DESCRIBING_SHARE = 0.6;
  /** Fewer members than this are a message ({@code {"error": "name is missing"}}), not a template. */
  private static final int MIN_MEMBERS = 2;

  private JsonTemplates() {}

  /** The body parameters of a text that is a JSON template, possibly cut short, if it is one. */
  static Optional<List<MarkdownParameter>> parameters(String text) {
    if (!(LenientJson.read(text) instanceof Map<?, ?> members) || members.size() < MIN_MEMBERS
        || members.values().stream().anyMatch(value -> value instanceof Boolean || value instanceof LenientJson.Number)) {
      return Optional.empty();
    }
    // A value of capitalised words restating its member's name describes it ({@code "first_name": "First Name"});
    // another may be a name shown as an example ({@code "Role Test"}) or a description in title case
    // ({@code "Email Address"}), and tells neither way.
    List<String> strings = new ArrayList<>();
    long describing = 0;
    for (Map.Entry<?, ?> member : members.entrySet()) {
      if (!(member.getValue() instanceof String value)) {
        continue;
      }
      boolean titleCased = isTitleCased(value.strip());
      if (titleCased && !restates(String.valueOf(member.getKey()), value)) {
        continue;
      }
      strings.add(value);
      describing += titleCased || DESCRIPTION.matcher(value.strip()).matches() ? 1 : 0;
    }
    if (strings.isEmpty() || describing < DESCRIBING_SHARE * strings.size()) {
      return Optional.empty();
    }
    List<MarkdownParameter> parameters = new ArrayList<>();
    members.forEach((name, value) -> {
      String description = value instanceof String words ? words.strip() : "";
      Boolean required = OPTIONAL.matcher(description).find() ? Boolean.FALSE : null;
      parameters.add(new MarkdownParameter(String.valueOf(name), ParameterLocation.BODY, required, description, "",
          List.of()));
    });
    return Optional.of(parameters);
  }

  /**
   * The body parameters of a JSON object whose members carry a comment each, closing their line, that says whether
   * they are required ({@code "siteId": "uuid", // Obligatoire}, {@code "mobile": "", //必须}): the request's fields
   * documented in place. Half its members at least must carry a comment, and one comment must open with a required
   * mark, in some language: comments that only describe are as often an answer's. A member without a comment is a
   * parameter too, of unknown mark.
   *
   * @param location where the parameters go; null where the request's method tells
   */
  static List<MarkdownParameter> commented(String text, ParameterLocation location) {
    Map<String, String> comments = LenientJson.memberComments(text);
    if (comments.isEmpty() || !(LenientJson.read(text) instanceof Map<?, ?> members)
        || 2 * comments.size() < members.size()
        || comments.values().stream().noneMatch(comment -> requiredMark(comment) != null)) {
      return List.of();
    }
    List<MarkdownParameter> parameters = new ArrayList<>();
    for (Object member : members.keySet()) {
      String name = String.valueOf(member);
      String comment = comments.getOrDefault(name, "");
      Boolean mark = requiredMark(comment);
      parameters.add(new MarkdownParameter(name, location,
          mark != null ? mark : MarkdownRequired.fromText(comment), comment, "", List.of()));
    }
    return parameters;
  }

  /** The required mark a comment opens with ({@code Optionnel (ISO 8601)}, {@code 必须}); null when none. */
  private static Boolean requiredMark(String comment) {
    return MarkdownRequired.fromNameMark(MarkdownParameterText.firstWord(comment));
  }

  /** Whether a value is its member's name in words ({@code first_name}, {@code firstName}: {@code First Name}). */
  static boolean restates(String name, String value) {
    String words = NAME_BREAK.matcher(name).replaceAll(" ").strip();
    return Whitespace.singleSpaced(words).equalsIgnoreCase(Whitespace.singleSpaced(value.strip()));
  }

  /** Whether a text is two words or more, each opening with a capital ({@code Role Test}, {@code Email Address}). */
  static boolean isTitleCased(String text) {
    String[] words = Whitespace.split(text);
    if (words.length < 2) {
      return false;
    }
    for (String word : words) {
      if (!Character.isUpperCase(word.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The parameters a JSON object printed under a label of parameters names when each of its values is a type's name
   * ({@code **Data Params**} over {@code {video_id: string}}): a schema of the body, each top-level member a
   * parameter of that type. An object with values of any other kind is an example, whose members a key need not
   * document; one with a {@code type} member is a JSON Schema ({@code {"type": "string", "format": "date"}}). Where
   * the parameters go, the request's method tells.
   */
  static List<MarkdownParameter> typed(String text) {
    if (!(LenientJson.read(text) instanceof Map<?, ?> members) || members.isEmpty() || members.containsKey("type")
        || !members.values().stream()
        .allMatch(value -> value instanceof String word && TYPE_NAME.matcher(word.strip()).matches())) {
      return List.of();
    }
    List<MarkdownParameter> parameters = new ArrayList<>();
    members.forEach((name, type) -> parameters.add(
        new MarkdownParameter(String.valueOf(name), null, null, "", ((String) type).strip(), List.of())));
    return parameters;
  }
}
