package io.mcdewey.parse.markdown;

import io.mcdewey.parse.Field;
import io.mcdewey.parse.markdown.label.MarkdownLabels;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short sentence ending in a colon that names parameters or fields introduces a list of them ({@code Optional
 * fields:}, {@code These optional GET parameters are accepted:}), as a label would; a word of it saying whether they
 * are required holds for the items that do not say. One about the answer ({@code The following fields are
 * returned:}) introduces no parameters.
 *
 * @param field the field the list documents
 * @param required whether the sentence says the items are required; null when it says neither or both
 * @param heading whether a heading introduces the list, saying it of every table and item under it
 */
record ListIntroduction(Field field, Boolean required, boolean heading) {
  private static final int MAX_WORDS = 10;
  /** The most words of a sentence introducing the answer's items; a longer one is a paragraph's prose. */
  private static final int MAX_ANSWER_WORDS = 25;
  /**
   * Words of a sentence about what the request sends, which may mention the answer too ({@code to filter the
   * response}).
   */
  private static final Pattern SPEAKS_OF_REQUEST =
      Pattern.compile("(?i)\\b(?:param(?:eter)?s?|arguments?|body|send|sent|query|filter)\\b");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Set<Field> PARAMETER_FIELDS = EnumSet.of(Field.QUERY_PARAMETERS, Field.PATH_PARAMETERS,
      Field.REQUEST_PARAMETERS, Field.HEADERS, Field.OBJECT_FIELDS);
  private static final Pattern OPTIONAL_WORD = Pattern.compile("(?i)\\boptional(?:ly)?\\b");
  private static final Pattern REQUIRED_WORD = Pattern.compile("(?i)\\b(?:required|mandatory)\\b");
  private static final Pattern REQUIRED_ALONE = Pattern.compile("(?i)(?:required|mandatory)\\s*:?");
  private static final Pattern OPTIONAL_ALONE = Pattern.compile("(?i)optional\\s*:?");
  /** A caption saying only whether what follows is required: optional (group 1) or required, then a colon. */
  private static final Pattern REQUIRED_CAPTION =
      Pattern.compile("(?i)(?:(optional)|required|mandatory)\\s*[:：](?:\\s+|$)");
  private static final int MAX_VALUE_WORDS = 5;
  /**
   * A caption of the values a parameter takes: a word saying they are the ones it takes, then values, options or
   * choices closing the caption ({@code Possible Filter Values}, {@code Allowed values}), or {@code Enum} alone.
   */
  private static final Pattern VALUES_WORD = Pattern.compile("(?i)^(?:\\S+\\s+)*?"
      + "(?:possible|allowed|valid|accepted|supported|available)\\b.*\\b(?:values|options|choices)$|^enum$");

  /**
   * Captions that alone, with or without a colon, introduce the values of the parameter before them ({@code Range}
   * over {@code • en-us} and {@code • zh-cn}, as pages printing a parameter's table a cell per line caption them).
   */
  private static final Set<String> VALUE_CAPTIONS =
      Set.of("range", "value range", "enumeration", "enumerated values", "取值范围", "枚举值");
  private static final int LONGEST_VALUE_CAPTION = VALUE_CAPTIONS.stream().mapToInt(String::length).max().orElse(0);

  /** A list a sentence introduces. */
  ListIntroduction(Field field, Boolean required) {
    this(field, required, false);
  }

  /**
   * Whether a caption introduces the values a parameter takes ({@code Possible Filter Values:}, {@code Allowed
   * values:}, {@code Valid options:}): the items under it are values, not parameters. A caption that does not say
   * they are a parameter's ({@code Options:}, {@code Return values:}) introduces no values.
   */
  static boolean introducesValues(String line) {
    String text = line.strip();
    String caption = MarkdownLabels.withoutClosingColon(text);
    // Lowering never shortens a text: a caption longer than every value caption is none of them.
    if (caption.length() <= LONGEST_VALUE_CAPTION && VALUE_CAPTIONS.contains(caption.toLowerCase(Locale.ROOT))) {
      return true;
    }
    return text.endsWith(":") && WHITESPACE.split(text).length <= MAX_VALUE_WORDS
        && VALUES_WORD.matcher(text.substring(0, text.length() - 1).strip()).find();
  }

  /**
   * Whether a line's last sentence introduces what the answer holds: it speaks of the answer ({@code response},
   * {@code returns}) and ends in a colon ({@code The response consists of a dictionary with the following keys:}).
   */
  static boolean introducesAnswer(String line) {
    String text = line.strip();
    if (!text.endsWith(":")) {
      return false;
    }
    List<Sentences.Span> sentences = Sentences.of(text);
    String last = sentences.isEmpty() ? text
        : text.substring(sentences.get(sentences.size() - 1).start(), sentences.get(sentences.size() - 1).stop());
    return WHITESPACE.split(last.strip()).length <= MAX_ANSWER_WORDS
        && ProseParameters.SPEAKS_OF_ANSWER.matcher(last).find() && !SPEAKS_OF_REQUEST.matcher(last).find();
  }

  /** The list a line introduces, if it is such a sentence; the profile's labels name the fields. */
  static Optional<ListIntroduction> of(String line, MarkdownLabels labels) {
    if (!line.stripTrailing().endsWith(":")) {
      // Told before the line is split into sentences, which most lines need not be.
      return Optional.empty();
    }
    // The sentence ending the line introduces the list: a line may hold sentences before it.
    List<Sentences.Span> sentences = Sentences.of(line);
    Sentences.Span last = sentences.isEmpty() ? null : sentences.get(sentences.size() - 1);
    String text = last == null ? line : line.substring(last.start(), last.stop()).strip();
    if (!text.endsWith(":") || WHITESPACE.split(text).length > MAX_WORDS
        || ProseParameters.SPEAKS_OF_ANSWER.matcher(text).find()) {
      return Optional.empty();
    }
    boolean optional = OPTIONAL_WORD.matcher(text).find();
    boolean required = REQUIRED_WORD.matcher(text).find();
    return labels.within(text.substring(0, text.length() - 1)).filter(PARAMETER_FIELDS::contains)
        .map(field -> new ListIntroduction(field, optional == required ? null : required));
  }

  /**
   * The list a heading introduces that only says whether what it lists is required ({@code ### Required},
   * {@code Optional}), under a heading of parameters: a list of the parameters that heading documents.
   *
   * @param text the heading's text
   * @param documented the field the heading above it documents, or null
   */
  static Optional<ListIntroduction> ofRequiredHeading(String text, Field documented) {
    if (documented == null || !PARAMETER_FIELDS.contains(documented)) {
      return Optional.empty();
    }
    String words = text.strip();
    if (REQUIRED_ALONE.matcher(words).matches()) {
      return Optional.of(new ListIntroduction(documented, true, true));
    }
    return OPTIONAL_ALONE.matcher(words).matches() ? Optional.of(new ListIntroduction(documented, false, true))
        : Optional.empty();
  }

  /**
   * The list a caption opening a line introduces under a label of parameters when it only says whether they are
   * required ({@code Required:}, {@code Optional:}, as the widely copied README template of REST API documentation
   * prints them over {@code `id=[integer]`}), with the rest of the line, which may already name one; or the list a
   * caption alone on its line introduces, in any language {@link MarkdownRequired#fromNameMark} knows.
   *
   * @param text the line
   * @param documented the field the label above it documents, or null
   */
  static Optional<Captioned> ofRequiredCaption(String text, Field documented, boolean listItem) {
    if (documented == null || !PARAMETER_FIELDS.contains(documented)) {
      return Optional.empty();
    }
    Boolean alone = MarkdownRequired.fromNameMark(text);
    if (alone != null && (listItem || !Character.isLowerCase(text.strip().codePointAt(0)))) {
      // A caption on a line of its own ({@code Required}, {@code Wymagane}), as pages printing a tab per kind of
      // parameter leave the tab's title over its table: it captions the tables under it too, as a heading would; so
      // does an item of a list over the items nested in it ({@code - opcjonalne}). A badge in lower case
      // ({@code required} under {@code Body}, over {@code application/json}) marks the body.
      return Optional.of(new Captioned(new ListIntroduction(documented, alone, true), ""));
    }
    Matcher caption = REQUIRED_CAPTION.matcher(text);
    if (!caption.lookingAt()) {
      return Optional.empty();
    }
    return Optional.of(new Captioned(new ListIntroduction(documented, caption.group(1) == null, false),
        text.substring(caption.end()).strip()));
  }

  /**
   * A caption's introduction and what follows it on its line.
   *
   * @param introduction the list the caption introduces
   * @param rest the line after the caption, empty when it stands alone
   */
  record Captioned(ListIntroduction introduction, String rest) {}

  /**
   * The list a heading of parameters introduces when it says whether they are required ({@code Optional Query
   * Parameters}, {@code Required headers}).
   *
   * @param text the heading's text
   * @param documented the field the heading documents, or null
   */
  static Optional<ListIntroduction> ofParameterHeading(String text, Field documented) {
    if (documented == null || !PARAMETER_FIELDS.contains(documented)) {
      return Optional.empty();
    }
    boolean optional = OPTIONAL_WORD.matcher(text).find();
    boolean required = REQUIRED_WORD.matcher(text).find();
    return optional == required ? Optional.empty()
        : Optional.of(new ListIntroduction(documented, required, true));
  }

  /** The parameter, required as the introduction says when it says nothing itself. */
  MarkdownParameter applyTo(MarkdownParameter parameter) {
    return parameter.required() == null && required != null ? parameter.withRequired(required) : parameter;
  }
}
