package io.mcdewey.parse.markdown;

import io.mcdewey.parse.Scripts;
import io.mcdewey.model.ParameterLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads parameters written as text rather than as a table: assignments run together with their descriptions
 * ({@code limit=LIMIT Limit the results. offset=OFFSET Skip entries.}), list items ({@code id (string, required): the
 * user's id}), typed names ({@code id string required}) and header lines ({@code X-Api-Key: your key}).
 */
public final class MarkdownParameterText {
  private static final String NAME = "[A-Za-z_][\\w.\\[\\]-]*";
  /** A character of a script written without spaces between words, which may follow a type with none. */
  private static final String CJK = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]";
  /**
   * {@code name=VALUE} as a word of its own, so that {@code (Default=10)} is no parameter, or joined to the one before
   * by an ampersand, as a query string joins its pairs ({@code page=1&size=10}): only in the text's first word (see
   * {@link #assignments}).
   */
  private static final Pattern ASSIGNMENT = Pattern.compile("(?<![^\\s&])(" + NAME + ")=([^\\s&]*)");
  private static final Pattern LITERAL_NAME = Pattern.compile("^" + NAME + "$");
  /** A literal holding a name and its required mark ({@code `feed_url required`}, {@code `since: optional`}). */
  private static final Pattern LITERAL_NAME_AND_MARK =
      Pattern.compile("^(" + NAME + "):?\\s+(?i:(required)|(optional))$");
  /** Literals that open a sentence without naming a parameter: values, methods, constants in capitals. */
  /** What parts a type-first item's name from its description ({@code `email`. The address}). */
  private static final Pattern TYPE_FIRST_SEPARATOR = Pattern.compile("^\\s*[.:\\-–—]?\\s*");
  private static final Pattern NOT_A_NAME = Pattern.compile("^(?:null|true|false|nil|none|[A-Z][A-Z0-9_]+)$");
  /**
   * What parts a name from its description: a colon, or a dash with a space on either side; a hyphen inside a word
   * goes on with the name ({@code X-Author}).
   */
  private static final String SEPARATOR = "(?::|\\s*[-–—−](?=\\s)|\\s+[-–—−]|[–—−])";
  private static final Pattern ITEM = Pattern.compile(
      "^(" + NAME + ")\\s*(?:\\(([^)]*)\\)\\s*(?:[:\\-–—−]\\s*(.*)|(\\p{Lu}.*))?|" + SEPARATOR + "\\s*(.*))$");
  /** A name, the place it travels in, then its qualifiers: {@code country query (String, Optional) - the country}. */
  private static final Pattern LOCATED_ITEM = Pattern.compile(
      "^(" + NAME + ")\\s+(?i:(query|path|header|body|formData))\\s*\\(([^)]*)\\),?\\s*(?:[:\\-–—−]\\s*(.*))?$");
  /**
   * An MSON member with an example value: {@code name: `value` (qualifiers) - description}, the value's code span
   * read as its text.
   */
  private static final Pattern MSON_MEMBER =
      Pattern.compile("^(" + NAME + "):\\s*([^()]*?)\\s*\\(([^)]*)\\)\\s*(?:[-–—−]\\s*(.*))?$");
  /** The names MSON gives the nested items that describe a member, not members themselves. */
  private static final Set<String> MSON_KEYWORDS = Set.of("Default", "Sample", "Members", "Items", "Include",
      "Properties");
  /**
   * The words of a value's type, in English and as Chinese, Japanese and Korean tables name them ({@code 字符串},
   * {@code 整数}, {@code 文字列}, {@code 정수}), perhaps of an array's items ({@code array of string}).
   */
  public static final String TYPES = "(?i:string|integer|int|int32|int64|number|float|double|long|boolean|bool"
      + "|array|object|file|date|date-time|datetime|uuid"
      + "|字符串|整数|整型|数字|布尔值|布尔|数组|对象|浮点数|文字列|数値|真偽値|配列|문자열|정수|숫자|배열|객체)"
      + "(?:\\s+of\\s+\\w+)?";
  private static final Pattern TYPE_WORD = Pattern.compile(TYPES);
  /** A type, perhaps of an array's items, closed by a question mark ({@code string?}, {@code array[int]?}). */
  private static final Pattern NULLABLE_TYPE = Pattern.compile("(?:" + TYPES + ")(?:\\[\\w*])?\\?");
  private static final Pattern COLLECTION_TYPE = Pattern.compile("(?i:list|dict|dictionary|map|hash)");
  private static final Pattern BRACKETED_TYPE = Pattern.compile("\\[(" + TYPES + ")][.,;]?");
  /** A name, its type and perhaps a required mark, alone on a line ({@code ticket_id string required}). */
  private static final Pattern TYPED = Pattern.compile("^(" + NAME + ")\\s+(" + TYPES + ")(?:\\s+(\\S+))?$");
  /** Articles and quantifiers, of the languages guides are written in, that open a sentence before a type's word. */
  private static final Set<String> SENTENCE_OPENINGS = Set.of("a", "an", "the", "all", "each", "every", "no", "one",
      "any", "some", "la", "le", "les", "un", "une", "des", "el", "los", "las", "uno", "der", "die", "das", "ein",
      "eine", "il", "lo", "gli", "o", "os", "um", "uma");
  /**
   * A list item opening with a name and its type, then perhaps a mark and the description, spaces between; a star
   * after the name, as a table copied without its borders keeps it, marks it required ({@code phone * string ...}).
   */
  private static final Pattern TYPED_ITEM = Pattern.compile("^(" + NAME + ")(?:\\s*(\\*))?\\s+(" + TYPES
      + ")(?=\\s|$|" + CJK + ")\\s*(.*)$");
  /**
   * A name and its required mark alone on a line: a word ({@code limit optional}, {@code limit (required)}) or the
   * component MDX pages mark it with ({@code limit <Required />}).
   */
  private static final Pattern MARKED = Pattern.compile("^(" + NAME + ")\\s+(?:<\\s*|\\()?(?i:(required)|(optional))"
      + "(?:\\s*/\\s*>|\\))?$");
  /**
   * A name and what is said of it after a colon or as a comment, alone on a line ({@code pageSize:optional, page
   * size}, {@code mobile //required}).
   */
  private static final Pattern DESCRIBED = Pattern.compile("^(" + NAME + ")\\s*([:：]|//)\\s*(.*)$");
  /**
   * What ends the first word of a description or comment, which may be a required mark ({@code 可选，每页条数},
   * {@code Obligatoire (ISO 8601)}).
   */
  private static final Pattern FIRST_WORD_END = Pattern.compile("[\\s,，;；、(（:：]");
  /** A type and what a parameter takes when left out: {@code string: <required>}, {@code bool: false}. */
  private static final Pattern TYPE_AND_VALUE = Pattern.compile("^(" + TYPES + "):\\s+(\\S.*)$");
  private static final Pattern HEADER_LINE = Pattern.compile("^([A-Za-z][\\w-]*)\\s*:\\s*(.*)$");
  /** A value listing alternatives in lower case ({@code true|false}); upper-case words are placeholders. */
  private static final Pattern ALTERNATIVES = Pattern.compile("[a-z0-9_.-]+(\\|[a-z0-9_.-]+)+");

  private MarkdownParameterText() {}

  /**
   * Whether a text opens with an assignment ({@code limit=10}), perhaps after markup, a bullet or a caption closed by
   * a colon ({@code Ejemplo: account_id=2}).
   */
  static boolean opensWithAssignment(String text) {
    Matcher matcher = ASSIGNMENT.matcher(text);
    if (!matcher.find()) {
      return false;
    }
    String before = text.substring(0, matcher.start()).strip();
    return before.chars().noneMatch(Character::isLetterOrDigit)
        || before.endsWith(":") && before.indexOf(':') == before.length() - 1;
  }

  /**
   * The assignments in a text, each with the text up to the next one as its description; names listed together
   * with nothing between them share the description that follows the last.
   */
  static List<MarkdownParameter> assignments(String text, ParameterLocation location) {
    List<MarkdownParameter> parameters = new ArrayList<>();
    Matcher matcher = ASSIGNMENT.matcher(text);
    List<Integer> pending = new ArrayList<>();
    int descriptionStart = -1;
    while (matcher.find()) {
      if (matcher.start() > 0 && text.charAt(matcher.start() - 1) == '&' && !inOpeningWord(text, matcher.start())) {
        // Pairs of a query string inside what is said of a parameter ({@code e.g. q=shoes&colour=red}) or of a URL
        // given as a value ({@code redirect_uri=https://app/cb?tab=1&lang=en}) are examples, not parameters.
        continue;
      }
      if (descriptionStart >= 0) {
        String between = text.substring(descriptionStart, matcher.start()).strip();
        if (!between.isEmpty()) {
          describe(parameters, pending, between);
        }
      }
      String value = matcher.group(2);
      List<String> allowed = ALTERNATIVES.matcher(value).matches() ? List.of(value.split("\\|")) : List.of();
      // A type in brackets stands for the value ({@code id=[integer]}).
      Matcher type = BRACKETED_TYPE.matcher(value);
      pending.add(parameters.size());
      parameters.add(new MarkdownParameter(matcher.group(1), location, null, "", type.matches() ? type.group(1) : "",
          allowed));
      descriptionStart = matcher.end();
    }
    if (descriptionStart >= 0) {
      describe(parameters, pending, text.substring(descriptionStart).strip());
    }
    return parameters;
  }

  /** Whether a position lies in the text's first word, whose pairs hold no URL ({@code ?} or {@code ://}) before it. */
  private static boolean inOpeningWord(String text, int at) {
    String before = text.substring(0, at).stripLeading();
    return before.chars().noneMatch(Character::isWhitespace) && !before.contains("?") && !before.contains("://");
  }

  private static void describe(List<MarkdownParameter> parameters, List<Integer> pending, String description) {
    for (int index : pending) {
      MarkdownParameter parameter = parameters.get(index);
      parameters.set(index, parameter.withDescription(description)
          .withRequired(MarkdownRequired.fromText(description)));
    }
    pending.clear();
  }

  /**
   * A list item naming a parameter, its qualifiers in parentheses and its description; in MSON, as API Blueprint
   * writes it, an example value may stand between name and qualifiers ({@code limit: `20` (number, optional) - At
   * most this many}), and the items MSON reserves for a member's own facts ({@code Default: `20`}) are no parameters.
   */
  static Optional<MarkdownParameter> item(String text, ParameterLocation location) {
    Matcher mson = MSON_MEMBER.matcher(text.strip());
    if (mson.matches() && !MSON_KEYWORDS.contains(mson.group(1)) && onlyQualifiers(mson.group(3))) {
      // What stands for the example value may be the required mark itself, glued to the type after it as raml2html
      // prints them ({@code username: required(string)}).
      String qualifiers = MarkdownRequired.fromWord(mson.group(2)) == null ? mson.group(3)
          : mson.group(2) + ", " + mson.group(3);
      return Optional.of(qualified(mson.group(1), qualifiers, mson.group(4) == null ? "" : mson.group(4), location));
    }
    Matcher located = LOCATED_ITEM.matcher(text.strip());
    if (located.matches() && namesField(located.group(1), located.group(2))) {
      // The place printed between name and qualifiers ({@code country query (String, Optional)}), as Swagger UI's
      // parameter rows print it saved as text, says where the parameter travels.
      String place = located.group(2).toLowerCase(Locale.ROOT);
      ParameterLocation named = place.equals("query") ? ParameterLocation.QUERY
          : place.equals("path") ? ParameterLocation.PATH
          : place.equals("header") ? ParameterLocation.HEADER : ParameterLocation.BODY;
      return Optional.of(qualified(located.group(1), located.group(3), located.group(4) == null ? ""
          : located.group(4).strip(), named));
    }
    Matcher matcher = ITEM.matcher(text.strip());
    if (!matcher.matches() || MSON_KEYWORDS.contains(matcher.group(1))) {
      return Optional.empty();
    }
    String description = Stream.of(matcher.group(3), matcher.group(4), matcher.group(5)).filter(Objects::nonNull)
        .findFirst().orElse("");
    return Optional.of(qualified(matcher.group(1), matcher.group(2), description, location));
  }

  /**
   * Whether the word before a place names a field ({@code country query}, {@code X-Trace header}) rather than being a
   * noun the place completes ({@code Request body}, {@code Search query}, {@code File path}): a name in lower case or
   * written as an identifier is, and any before {@code header}, since headers are named in capitals.
   */
  private static boolean namesField(String name, String place) {
    if (MSON_KEYWORDS.contains(name)) {
      return false;
    }
    boolean identifier = !Character.isUpperCase(name.charAt(0))
        || name.chars().anyMatch(c -> c == '_' || c == '-' || c == '.' || Character.isDigit(c));
    return identifier || place.equalsIgnoreCase("header");
  }

  /** A parameter of a name, the qualifiers its parentheses hold (type words, a required mark) and a description. */
  private static MarkdownParameter qualified(String name, String qualifiers, String description,
      ParameterLocation location) {
    Boolean required = null;
    List<String> types = new ArrayList<>();
    for (String qualifier : (qualifiers == null ? "" : qualifiers).split(",")) {
      Matcher typeAndValue = TYPE_AND_VALUE.matcher(qualifier.strip());
      if (typeAndValue.matches()) {
        // HashiCorp's guides print (type: <required>), or the default value a parameter takes when left out.
        types.add(typeAndValue.group(1));
        String value = typeAndValue.group(2).strip();
        required = value.equalsIgnoreCase("<required>") ? Boolean.TRUE
            : value.equalsIgnoreCase("<optional>") ? Boolean.FALSE : required;
        continue;
      }
      Boolean flag = qualifierMark(qualifier);
      if (flag != null) {
        required = flag;
      } else if (!qualifier.isBlank()) {
        types.add(qualifier.strip());
      }
    }
    if (required == null) {
      required = MarkdownRequired.fromText(description);
    }
    return new MarkdownParameter(name, location, required, description.strip(), String.join(", ", types), List.of());
  }

  /** A list item whose parentheses hold only a type and a required mark, which makes it a parameter's. */
  static Optional<MarkdownParameter> qualifiedItem(String text) {
    Matcher matcher = ITEM.matcher(text.strip());
    if (!matcher.matches() || matcher.group(2) == null) {
      return Optional.empty();
    }
    return onlyQualifiers(matcher.group(2)) ? item(text, null) : Optional.empty();
  }

  /**
   * A qualifier's required mark: yes or no as a required column writes them, or the mark of any language a name may
   * carry ({@code (opzionale)}, {@code (string, obligatoire)}); otherwise unknown.
   */
  private static Boolean qualifierMark(String qualifier) {
    Boolean flag = MarkdownRequired.fromCell(qualifier);
    return flag != null ? flag : MarkdownRequired.fromNameMark(qualifier);
  }

  /** Whether parentheses hold only type words and required marks ({@code string, optional}). */
  private static boolean onlyQualifiers(String parenthesized) {
    for (String qualifier : parenthesized.split(",")) {
      if (qualifierMark(qualifier) == null && !TYPE_WORD.matcher(qualifier.strip()).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * A list item that opens with a name set apart as code and goes on in words ({@code `minimal_response` trims
   * ...}): the name is the parameter's, the words its description. The code may hold the required mark after the
   * name ({@code `feed_url required` the feed's address}).
   */
  static Optional<MarkdownParameter> literalItem(MarkdownElement.TextLine item, ParameterLocation location) {
    if (item.literals().isEmpty()) {
      return Optional.empty();
    }
    if (item.literals().get(0).start() != 0) {
      return typeFirstItem(item, location);
    }
    String literal = item.literals().get(0).text();
    Matcher marked = LITERAL_NAME_AND_MARK.matcher(literal);
    String name = marked.matches() ? marked.group(1) : literal;
    if (!LITERAL_NAME.matcher(name).matches() || NOT_A_NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    String text = item.text().strip();
    String rest = text.startsWith(literal) ? text.substring(literal.length()).strip() : "";
    if (rest.isEmpty() || !Character.isLetter(rest.charAt(0))) {
      return Optional.empty();
    }
    Boolean required = marked.matches() ? Boolean.valueOf(marked.group(2) != null) : MarkdownRequired.fromText(rest);
    return Optional.of(MarkdownParameter.named(name, location).withDescription(rest).withRequired(required));
  }

  /**
   * A list item that opens with the type, then the name set apart as code, then words ({@code **str** `email`. The
   * address}), as Python projects list a call's arguments: the name's, with that type.
   */
  private static Optional<MarkdownParameter> typeFirstItem(MarkdownElement.TextLine item, ParameterLocation location) {
    MarkdownElement.TextLine.Literal literal = item.literals().get(0);
    String type = item.text().substring(0, Math.min(literal.start(), item.text().length())).strip();
    if (!(isFieldType(type) || type.equals("str")) || !LITERAL_NAME.matcher(literal.text()).matches()
        || NOT_A_NAME.matcher(literal.text()).matches()) {
      return Optional.empty();
    }
    int end = Math.min(literal.start() + literal.text().length(), item.text().length());
    String rest = TYPE_FIRST_SEPARATOR.matcher(item.text().substring(end)).replaceFirst("").strip();
    if (rest.isEmpty() || !Character.isLetter(rest.codePointAt(0))) {
      return Optional.empty();
    }
    return Optional.of(new MarkdownParameter(literal.text(), location, MarkdownRequired.fromText(rest), rest, type,
        List.of()));
  }

  /** Whether a text is a type's name ({@code bool}, {@code string}). */
  static boolean isType(String text) {
    return TYPE_WORD.matcher(text.strip()).matches();
  }

  /**
   * Whether a text is a type's name, a collection's too ({@code list}, {@code dictionary}): words of prose elsewhere,
   * types where a field's parentheses hold them alone ({@code tags (list) -- ...}).
   */
  public static boolean isFieldType(String text) {
    return isType(text) || COLLECTION_TYPE.matcher(text.strip()).matches();
  }

  /**
   * A parameter printed as its name, type and required mark on a line of its own, as API sites print them; the
   * sentence under it describes it.
   */
  static Optional<MarkdownParameter> typed(String text, ParameterLocation location) {
    Matcher matcher = TYPED.matcher(text.strip());
    // The mark after the type may be in any language the reader knows ({@code serie string obligatorio}).
    Boolean required = matcher.matches() && matcher.group(3) != null ? MarkdownRequired.fromNameMark(matcher.group(3))
        : null;
    if (!matcher.matches() || matcher.group(3) != null && required == null) {
      return Optional.empty();
    }
    return Optional.of(new MarkdownParameter(matcher.group(1), location, required, "", matcher.group(2), List.of()));
  }

  /**
   * A list item printing a parameter as its name and type, then perhaps its required mark, then its description, with
   * no punctuation between ({@code - amount double Amount paid}); the description may follow a type or a mark with no
   * space when written in a script without spaces ({@code - id string required订单号}); the name is written as an
   * identifier is.
   */
  static Optional<MarkdownParameter> typedItem(String text, ParameterLocation location) {
    return typedLine(text, location, false);
  }

  /** A line of a name, its type, perhaps a mark and the description, the mark needed when {@code marked}. */
  private static Optional<MarkdownParameter> typedLine(String text, ParameterLocation location, boolean marked) {
    Matcher matcher = TYPED_ITEM.matcher(text.strip());
    // A name is written as an identifier is: a capitalised word or an article opens a sentence ({@code A string
    // naming ...}, {@code the file must be a PNG}).
    if (!matcher.matches() || !isIdentifier(matcher.group(1))
        || SENTENCE_OPENINGS.contains(matcher.group(1).toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    String rest = matcher.group(4);
    // The mark is the first word, or the letters of another script glued before the description.
    int markEnd = rest.indexOf(' ') < 0 ? rest.length() : rest.indexOf(' ');
    Boolean mark = MarkdownRequired.fromNameMark(rest.substring(0, markEnd));
    if (mark == null) {
      markEnd = 0;
      while (markEnd < rest.length() && Character.isLetter(rest.charAt(markEnd))
          && !Scripts.isCjk(rest.charAt(markEnd))) {
        markEnd++;
      }
      mark = markEnd == 0 ? null : MarkdownRequired.fromNameMark(rest.substring(0, markEnd));
    }
    String description = (mark == null ? rest : rest.substring(markEnd)).strip();
    mark = mark == null && matcher.group(2) != null ? Boolean.TRUE : mark;
    // Without a mark, a description in a script without capitals tells a row from words of the name's script
    // ({@code caption string عنوان}, {@code domain string 域名}; not {@code page number Value: ...}), unless it
    // closes as a sentence does ({@code json string 需要先进行 URL 编码后再放入请求体。}).
    boolean row = !description.isEmpty() && Scripts.isCaseless(description.codePointAt(0))
        && !endsSentence(description);
    if (marked && (mark == null && !row || description.isEmpty())) {
      return Optional.empty();
    }
    Boolean required = mark != null ? mark : MarkdownRequired.fromText(description);
    return Optional.of(new MarkdownParameter(matcher.group(1), location, required, description, matcher.group(3),
        List.of()));
  }

  /** Whether a text closes with a sentence's stop, of any width ({@code .}, {@code 。}, {@code ！}). */
  public static boolean endsSentence(String text) {
    String stripped = text.strip();
    return !stripped.isEmpty() && ".。．!！?？".indexOf(stripped.charAt(stripped.length() - 1)) >= 0;
  }

  /**
   * A parameter printed as its name, type and required mark with its description after them on the same line, the
   * mark, or a description in a script without capitals, being what tells it from a sentence; the name must be
   * written as an identifier is, so that words in capitals ({@code All string required ...}) are none.
   */
  static Optional<MarkdownParameter> typedAndDescribed(String text, ParameterLocation location) {
    return typedLine(text, location, true);
  }


  /** A parameter printed as its name and its required mark on a line of its own; the text under it describes it. */
  static Optional<MarkdownParameter> marked(String text, ParameterLocation location) {
    Matcher matcher = MARKED.matcher(text.strip());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(new MarkdownParameter(matcher.group(1), location, matcher.group(2) != null, "", "",
        List.of()));
  }

  /**
   * A parameter printed as its name and what is said of it, after a colon or as a comment, on a line of its own
   * ({@code pageSize:可选，每页条数}, {@code mobile //必须}), as plain-text lists under a label of parameters print
   * them. A name after a colon must be written as an identifier is (in lower case first, or with an underscore or a
   * capital inside: {@code page_size}, {@code pageNo}), or be said to be required or optional, so that a caption in
   * words ({@code Note: ...}) is none; a URL's scheme is none either.
   */
  static Optional<MarkdownParameter> described(String text, ParameterLocation location) {
    Matcher matcher = DESCRIBED.matcher(text.strip());
    if (!matcher.matches() || matcher.group(1).endsWith(".") || NOT_A_NAME.matcher(matcher.group(1)).matches()) {
      return Optional.empty();
    }
    String name = matcher.group(1);
    String description = matcher.group(3).strip();
    boolean comment = matcher.group(2).equals("//");
    if (!comment && description.startsWith("//")) {
      return Optional.empty();
    }
    String first = firstWord(description);
    Boolean mark = MarkdownRequired.fromNameMark(first);
    // A name not written as an identifier needs a mark said on its own ({@code Email: Mandatory. String}), not a
    // sentence opening with one ({@code Tip: optional parameters may be left out}).
    String after = description.substring(first.length()).strip();
    boolean markAlone = mark != null && (first.endsWith(".") || after.isEmpty()
        || !Character.isLowerCase(after.codePointAt(0)));
    if (!comment && !markAlone && !isIdentifier(name)) {
      return Optional.empty();
    }
    // A type with a question mark after it ({@code string?}, {@code array[int]?}) is nullable, as TypeScript, Kotlin
    // and C# write a member that may be left out.
    Boolean required = mark != null ? mark : NULLABLE_TYPE.matcher(first).matches() ? Boolean.FALSE
        : MarkdownRequired.fromText(description);
    return Optional.of(MarkdownParameter.named(name, location).withDescription(description).withRequired(required));
  }

  /** The first word of a text, up to a space, a comma, a bracket or a colon of any width. */
  static String firstWord(String text) {
    return FIRST_WORD_END.split(text.strip(), 2)[0];
  }

  /** Whether a name is written as an identifier: in lower case first, or with an underscore or a capital inside. */
  private static boolean isIdentifier(String name) {
    if (Character.isLowerCase(name.charAt(0)) || name.indexOf('_') >= 0) {
      return true;
    }
    for (int i = 1; i < name.length(); i++) {
      if (Character.isUpperCase(name.charAt(i)) && Character.isLowerCase(name.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a line reads as a parameter or header line of its own ({@code offset integer optional}, {@code accept:
   * application/json}), which a line break before it never makes.
   */
  static boolean standsAlone(String text) {
    Matcher header = HEADER_LINE.matcher(text.strip());
    return typed(text, null).isPresent() || typedAndDescribed(text, null).isPresent()
        || MARKED.matcher(text.strip()).matches()
        || header.matches() && !header.group(2).isBlank();
  }

  /** A header printed as {@code Name: value}, the value standing for its description. */
  static Optional<MarkdownParameter> headerLine(String text) {
    Matcher matcher = HEADER_LINE.matcher(text.strip());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String description = matcher.group(2).strip();
    return Optional.of(new MarkdownParameter(matcher.group(1), ParameterLocation.HEADER,
        MarkdownRequired.fromText(description), description, "", List.of()));
  }
}
