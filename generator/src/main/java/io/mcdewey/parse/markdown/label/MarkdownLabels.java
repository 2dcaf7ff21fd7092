package io.mcdewey.parse.markdown.label;

import io.mcdewey.parse.Scripts;
import io.mcdewey.parse.Field;
import io.mcdewey.parse.Whitespace;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the profile's field labels in markdown lines, however the page prints them: alone ({@code Response Codes:},
 * a heading, a table cell), before their value ({@code URI: GET https://...}, {@code HTTP Request Line GET /x}), or,
 * for examples, after a caption ({@code Model B Example}). Case, spacing and a closing colon do not matter.
 */
public final class MarkdownLabels {
  /** A closing colon, full-width ones ({@code 请求参数：}) included, and the whitespace before it. */
  private static final Pattern PARENTHESIZED_QUALIFIER = Pattern.compile("(.+?)\\s*\\([^()]*\\)");
  /** The most characters of a label qualified after a preposition: a longer line is a sentence. */
  private static final int QUALIFIED_LENGTH = 60;
  /** A label, then words saying what it is for after a preposition ({@code url with external_id}). */
  private static final Pattern QUALIFIED_AFTER = Pattern.compile("(.+?) (?:with|for|by|using|via) [^:：]{1,40}[:：]?");
  /** A label before the type of object it lists the fields of: an object, an array or a type named in capitals. */
  private static final Pattern TYPED_FIELDS = Pattern.compile("(.+?)\\s*\\((?:object|array\\b[^()]*|[A-Z]\\w*)\\)");
  private static final Pattern HYPHEN_BETWEEN_LETTERS = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");
  private static final Pattern CLOSING_COLON = Pattern.compile("\\s*[:：]$");
  /** The pattern of a line each label opens, by label: made once, as every profile's labels are few. */
  private static final Map<String, Pattern> OPENINGS = new ConcurrentHashMap<>();
  private static final int CAPTION_WORDS = 8;
  private static final Pattern ABSOLUTE_URL = Pattern.compile("(?i)https?://\\S");
  private static final Pattern EDGE_MARKUP = Pattern.compile("^[\\s|*#>]+|[\\s|*]+$");

  /** The labels, longest first so that {@code Request URI} wins over {@code Request}. */
  /** A word that opens a qualifier of a label: the case an example shows. */
  private static final Pattern QUALIFIER =
      Pattern.compile("(?:with|without|for|of|when|using|showing|in|on|to)\\b");
  /** Words that qualify a list of parameters or headers without changing what it lists. */
  private static final Set<String> LIST_QUALIFIERS =
      Set.of("optional", "required", "mandatory", "supported", "available", "additional");
  /**
   * The vocabulary of each profile's labels, made once: a profile holds several hundred. Keyed by the labels in their
   * order, which decides between labels of one length.
   */
  private static final Map<List<Map.Entry<String, Field>>, Vocabulary> VOCABULARIES = new ConcurrentHashMap<>();
  private final Map<String, Field> fields;
  /** Each label's place in {@link #fields}: longest first, then in the profile's order. */
  private final Map<String, Integer> rank;
  /** The length of the longest label, beyond which no run of words is one. */
  private final int longestLabel;
  /**
   * The labels of a URI or a method, the only ones a value may be glued to, by their first character in lower case
   * (Cyrillic and Greek too): asked of every line, which opens with the label's character or its capital.
   */
  private final Map<Character, Map<String, Field>> gluable;
  /**
   * The labels in the same order, each with the pattern of a line it opens, by the first character of the label with
   * ASCII letters in lower case and by its first word: a pattern ignores the case of ASCII letters only, so it
   * matches only a line that begins with that character or its capital, and with that word in any case.
   */
  private final LabelOpening.Index openings;
  /** The opening of an empty label, which a profile may hold: the shortest label, tried on every line last. */
  private final Optional<LabelOpening> emptyLabel;
  /** The last word of each example label: a caption closes with one ({@link #captioned}). */
  private final Set<String> exampleLastWords;
  /** What {@link #match} found in each line asked about, since sections are split and read by the same lines. */
  private final Map<String, Optional<Match>> matched = new HashMap<>();

  /** @param labels the profile's labels, mapped to the field they name */
  public MarkdownLabels(Map<String, Field> labels) {
    List<Map.Entry<String, Field>> ordered =
        labels.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    Vocabulary vocabulary = VOCABULARIES.computeIfAbsent(ordered, Vocabulary::new);
    fields = vocabulary.fields;
    rank = vocabulary.rank;
    longestLabel = vocabulary.longestLabel;
    gluable = vocabulary.gluable;
    openings = vocabulary.openings;
    emptyLabel = vocabulary.emptyLabel;
    exampleLastWords = vocabulary.exampleLastWords;
  }

  /** What a profile's labels tell, whatever the guide: the labels normalised and indexed as the fields above say. */
  private static final class Vocabulary {
    final Map<String, Field> fields = new LinkedHashMap<>();
    final Map<String, Integer> rank = new HashMap<>();
    final int longestLabel;
    final Map<Character, Map<String, Field>> gluable = new HashMap<>();
    final LabelOpening.Index openings = new LabelOpening.Index();
    Optional<LabelOpening> emptyLabel = Optional.empty();
    final Set<String> exampleLastWords = new java.util.HashSet<>();

    Vocabulary(List<Map.Entry<String, Field>> labels) {
      labels.stream()
          .sorted(Comparator.comparingInt((Map.Entry<String, Field> e) -> e.getKey().length()).reversed())
          .forEach(e -> fields.putIfAbsent(normalise(e.getKey()), e.getValue()));
      longestLabel = fields.keySet().stream().mapToInt(String::length).max().orElse(0);
      fields.keySet().forEach(label -> rank.put(label, rank.size()));
      fields.forEach((label, field) -> {
        // Letters outside ASCII are compared in any case too ({@code Метод: GET}), where a label holds any. A status
        // in a full-width parenthesis glued to the label is its value, as CJK text writes one ({@code 成功响应（200）：}),
        // and in any parenthesis after a label closing in a script written without spaces ({@code レスポンス(200 OK)});
        // other words there qualify the label ({@code 请求URL（生产）：https://...}), no value of it.
        LabelOpening opening = new LabelOpening(field, label.split(" "), OPENINGS.computeIfAbsent(label,
            words -> Pattern.compile((isAscii(words) ? "(?i)^" : "(?iu)^") + spacedWords(words) + "(\\s*[:：]\\s*|\\s+|"
                + "(?=" + statusParenthesis(words) + "\\s*[1-5]\\d\\d))(\\S.*)$")), rank.get(label));
        if (!label.isEmpty() && (field == Field.URI || field == Field.HTTP_METHOD)) {
          gluable.computeIfAbsent(Character.toLowerCase(label.charAt(0)), c -> new LinkedHashMap<>())
              .put(label, field);
        }
        if (isExample(field)) {
          exampleLastWords.add(label.substring(label.lastIndexOf(' ') + 1));
        }
        if (label.isEmpty()) {
          emptyLabel = Optional.of(opening);
        } else {
          openings.add(opening);
        }
      });
    }
  }

  /**
   * A label found at the start of a line, or on its own.
   *
   * @param field the field the label names
   * @param caption for an example label, the caption printed before it, possibly empty
   * @param value the text after the label, possibly empty
   * @param spaced whether only whitespace separates label and value: such a value must be checked to be one the
   *     field takes, since the label's words may just open a sentence
   */
  public record Match(Field field, String caption, String value, boolean spaced) {}

  public Optional<Match> match(String line) {
    return matched.computeIfAbsent(line, this::find);
  }

  private Optional<Match> find(String line) {
    String text = withoutAnchorGlyph(withoutEdgeMarkup(line));
    String bare = normalise(withoutClosingColon(text));
    Field alone = fields.get(bare);
    if (alone == null && (text.endsWith(":") || text.endsWith("："))) {
      // A label the profile writes with its colon is one only with it: a word of navigation alone is none
      // ({@code Retour:} over an answer's fields, {@code Retour} a link back).
      alone = fields.get(bare + ":");
    }
    if (alone == null) {
      // A label numbered as a step of its section ({@code 3 输入参数}, {@code 2) Request URL}) is the label: the
      // number, printed inside a list item where a list's own numbers would be markup, is no word of it.
      alone = fields.get(withoutStepNumber(bare));
    }
    if (alone == null) {
      alone = qualifiedList(bare);
    }
    if (alone == null && (text.endsWith(":") || text.endsWith("：")) && bare.indexOf(' ') > 0
        && bare.length() < QUALIFIED_LENGTH) {
      // A URI's label qualified by what it is for ({@code URL with external_id:}, {@code URL for the sandbox:}).
      Matcher qualified = QUALIFIED_AFTER.matcher(bare);
      alone = qualified.matches() && fields.get(qualified.group(1)) == Field.URI ? Field.URI : null;
    }
    if (alone == null && bare.indexOf('-') > 0 && (text.endsWith(":") || text.endsWith("："))) {
      // Words of a label alone joined by hyphens, as generators write their captions ({@code Query-parameters:},
      // smart-doc), are the label's words.
      alone = fields.get(HYPHEN_BETWEEN_LETTERS.matcher(bare).replaceAll(" "));
    }
    if (alone == null && (text.endsWith(":") || text.endsWith("：")) && bare.endsWith(")")) {
      // A label of parameters alone qualified in parentheses ({@code Parámetros (opcional, para filtrar):},
      // {@code Body (JSON):}); an answer's parentheses name its status ({@code Response (200 OK):}).
      Matcher qualified = PARENTHESIZED_QUALIFIER.matcher(bare);
      Field field = qualified.matches() ? fields.get(qualified.group(1).strip()) : null;
      alone = field == Field.QUERY_PARAMETERS || field == Field.PATH_PARAMETERS || field == Field.REQUEST_PARAMETERS
          || field == Field.HEADERS || field == Field.OBJECT_FIELDS ? field : null;
    }
    if (alone == null && text.endsWith(")")) {
      // The fields of an object labelled with the type they make up, as API Blueprint's MSON writes them
      // ({@code Attributes (object)}, {@code Attributes (Note)}); a scalar's type names a field
      // ({@code fields (string)}).
      Matcher typed = TYPED_FIELDS.matcher(text);
      alone = typed.matches() && fields.get(normalise(typed.group(1))) == Field.OBJECT_FIELDS ? Field.OBJECT_FIELDS
          : null;
    }
    if (alone != null) {
      return Optional.of(new Match(alone, "", "", false));
    }
    // A path printed without its slash ({@code api/response}) or a heading's trail ({@code Payments / Errors}) is no
    // label: alternatives close with a colon.
    Field alternative = bare.indexOf('/') > 0 && (text.endsWith(":") || text.endsWith("：")) ? ofAlternatives(bare)
        : null;
    if (alternative != null) {
      return Optional.of(new Match(alternative, "", "", false));
    }
    return openings.opening(text).or(() -> emptyLabel.flatMap(label -> label.opening(text)))
        .or(() -> glued(text)).or(() -> captioned(text, bare));
  }

  /**
   * A label glued to its value, as two cells copied from a page without their borders print them: a URI's label to
   * an absolute URL ({@code URLhttps://api.example.com/v1/x}) or, when it is of several words or closes with a letter
   * of a script without capitals, to a path ({@code API Path/api/v2/payments}); a method's to a method in capitals
   * ({@code HTTP MethodPOST}, {@code HTTPメソッドGET}). A one-word label glued to a path ({@code Path/to/file}) is a
   * word of the text.
   */
  private Optional<Match> glued(String text) {
    Map<String, Field> candidates = text.isEmpty() ? Map.of()
        : gluable.getOrDefault(Character.toLowerCase(text.charAt(0)), Map.of());
    for (Map.Entry<String, Field> label : candidates.entrySet()) {
      String words = label.getKey();
      Field field = label.getValue();
      if (text.length() <= words.length() || !text.regionMatches(true, 0, words, 0, words.length())) {
        continue;
      }
      String value = text.substring(words.length());
      boolean apart = words.indexOf(' ') > 0 || words.charAt(words.length() - 1) > 0x2E7F;
      // A URI glued to a sentence of a script without spaces ({@code /api/v1/users/{id}中的id为}) is text.
      boolean takes = field == Field.URI
          ? value.indexOf(' ') < 0 && value.chars().allMatch(c -> c < 0x80)
              && (apart && value.charAt(0) == '/' || ABSOLUTE_URL.matcher(value).lookingAt())
          : value.equals(value.toUpperCase(Locale.ROOT)) && MarkdownRequestLines.isMethod(value);
      if (takes) {
        return Optional.of(new Match(field, "", value, false));
      }
    }
    return Optional.empty();
  }

  /**
   * The field of a label of parameters or headers that a word qualifies ({@code Optional query parameters},
   * {@code Required headers}, {@code Supported request headers}), as Microsoft's REST references head an endpoint's
   * parts: the label, whose list the word describes; null otherwise.
   */
  private Field qualifiedList(String bare) {
    int space = bare.indexOf(' ');
    if (space < 0 || !LIST_QUALIFIERS.contains(bare.substring(0, space))) {
      return null;
    }
    Field field = fields.get(bare.substring(space + 1));
    return field == Field.PATH_PARAMETERS || field == Field.QUERY_PARAMETERS || field == Field.REQUEST_PARAMETERS
        || field == Field.HEADERS ? field : null;
  }

  /**
   * The field a label written in two languages names ({@code Ergebnis/Response}, {@code Respuesta / Response}): the
   * field of the one alternative the profile knows, or null when none or two fields are named.
   */
  private Field ofAlternatives(String bare) {
    Field named = null;
    for (String alternative : bare.split("/")) {
      Field field = fields.get(alternative.strip());
      if (field != null && named != null && field != named) {
        return null;
      }
      named = field == null ? named : field;
    }
    return named;
  }

  /**
   * The field of the longest label a heading holds among other words ({@code Optional request headers}); such a
   * heading names the field without being the label itself.
   */
  public Optional<Field> within(String heading) {
    // Every run of whole words is looked up, the longest label found winning, as the labels are tried longest first
    // (of two as long, the one the profile lists first).
    String[] words = normalise(withoutEdgeMarkup(heading)).split(" ");
    String longest = null;
    for (int start = 0; start < words.length; start++) {
      StringBuilder run = new StringBuilder();
      for (int end = start; end < words.length && run.length() <= longestLabel; end++) {
        run.append(end > start ? " " : "").append(words[end]);
        String candidate = run.toString();
        if (fields.containsKey(candidate) && (longest == null || candidate.length() > longest.length()
            || candidate.length() == longest.length() && rank.get(candidate) < rank.get(longest))) {
          longest = candidate;
        }
      }
    }
    return Optional.ofNullable(longest == null ? null : fields.get(longest));
  }

  /** {@code <caption> Example}: a short line ending with the label of an example field. */
  private Optional<Match> captioned(String text, String bare) {
    // The bare text is stripped and singly spaced: its words are one more than its spaces.
    if (count(bare, ' ') + 1 > CAPTION_WORDS || text.endsWith(".")
        || !exampleLastWords.contains(bare.substring(bare.lastIndexOf(' ') + 1))) {
      // Every label looked up below closes the text, and so with the last word of an example label.
      return Optional.empty();
    }
    // The words after each space, longest first, as the labels are tried longest first.
    for (int space = bare.indexOf(' '); space >= 0; space = bare.indexOf(' ', space + 1)) {
      String label = bare.substring(space + 1);
      Field field = fields.get(label);
      if (field != null && isExample(field)) {
        String caption = withoutClosingColon(text);
        caption = caption.substring(0, caption.length() - label.length()).strip();
        return Optional.of(new Match(field, caption, "", false));
      }
    }
    return Optional.empty();
  }

  /**
   * The text without the number of one or two digits opening it as a step ({@code 3 }, {@code 3. }, {@code 3) },
   * {@code 3、}, {@code 3．}); the text itself when it opens otherwise.
   */
  static String withoutStepNumber(String text) {
    int digits = 0;
    while (digits < text.length() && digits < 3 && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
      digits++;
    }
    // Three digits are a status ({@code 200 Response} captions an answer), never a step.
    if (digits == 0 || digits == 3 || digits == text.length()) {
      return text;
    }
    int at = digits;
    if (".)、．".indexOf(text.charAt(at)) >= 0) {
      at++;
    } else if (text.charAt(at) != ' ') {
      return text;
    }
    return text.substring(at).strip();
  }

  private static int count(String text, char c) {
    int count = 0;
    for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
      count++;
    }
    return count;
  }

  /** Whether {@code text} ends with {@code word} after a space. */
  /**
   * Whether a heading is an example's label with words only qualifying it ({@code Example Request with usage},
   * {@code Sample response for a refusal}): it captions one more example of its section.
   */
  public boolean qualifiesExample(String heading) {
    String words = normalise(EDGE_MARKUP.matcher(heading).replaceAll(""));
    for (int space = words.indexOf(' '); space >= 0; space = words.indexOf(' ', space + 1)) {
      Field field = fields.get(words.substring(0, space));
      if (field != null && isExample(field) && QUALIFIER.matcher(words.substring(space + 1)).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  public static boolean isExample(Field field) {
    return field == Field.REQUEST_EXAMPLE || field == Field.RESPONSE_EXAMPLE
        || field == Field.FAILURE_RESPONSE_EXAMPLE;
  }

  /** The parentheses a status glued to a label may open with: any after a CJK letter, full-width ones after others. */
  private static String statusParenthesis(String label) {
    return !label.isEmpty() && Scripts.isCjk(label.charAt(label.length() - 1)) ? "[（(]" : "（";
  }

  private static boolean isAscii(String text) {
    return text.chars().allMatch(c -> c < 0x80);
  }

  private static String normalise(String label) {
    return Whitespace.singleSpaced(label.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * The line without the markup at its edges that {@link #EDGE_MARKUP} matches: scanned by hand, as every line is
   * asked about, but by the pattern where a line break would make its {@code $} match elsewhere.
   */
  static String withoutEdgeMarkup(String line) {
    if (Whitespace.holdsLineBreak(line)) {
      return EDGE_MARKUP.matcher(line).replaceAll("");
    }
    int start = 0;
    while (start < line.length() && (isEdgeMarkup(line.charAt(start)) || "#>".indexOf(line.charAt(start)) >= 0)) {
      start++;
    }
    int end = line.length();
    while (end > start && isEdgeMarkup(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(start, end);
  }

  /**
   * The text without the anchor glyph a page saved as text prints after a heading ({@code Response#},
   * {@code Purpose #}, as Docusaurus and IBM Docs pages print their headings' links); a language's name keeps its
   * sign ({@code C#}).
   */
  static String withoutAnchorGlyph(String text) {
    int end = text.length();
    if (end < 3 || text.charAt(end - 1) != '#' || !Whitespace.isSpace(text.charAt(end - 2))
        && !(Character.isLetter(text.charAt(end - 2)) && Character.isLetter(text.charAt(end - 3)))) {
      return text;
    }
    return text.substring(0, end - 1).stripTrailing();
  }

  /** Whether a character is whitespace, a cell border or emphasis, which no label prints at either edge. */
  private static boolean isEdgeMarkup(char c) {
    return Whitespace.isSpace(c) || c == '|' || c == '*';
  }

  /** The text without a closing colon and the whitespace before it, as {@link #CLOSING_COLON} removes them. */
  public static String withoutClosingColon(String text) {
    if (Whitespace.holdsLineBreak(text)) {
      return CLOSING_COLON.matcher(text).replaceAll("");
    }
    if (!text.endsWith(":") && !text.endsWith("：")) {
      return text;
    }
    int end = text.length() - 1;
    while (end > 0 && Whitespace.isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  private static String spacedWords(String label) {
    return String.join("\\s+", List.of(label.split(" ")).stream().map(Pattern::quote).toList());
  }

  /**
   * Under an example heading, labels only caption the payloads that follow: a request label a request, any other a
   * response.
   */
  public static Field exampleField(Field labelled) {
    if (MarkdownLabels.isExample(labelled)) {
      return labelled;
    }
    return labelled == Field.URI || labelled == Field.HTTP_METHOD ? Field.REQUEST_EXAMPLE : Field.RESPONSE_EXAMPLE;
  }
}
