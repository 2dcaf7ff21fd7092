package io.mcdewey.parse.markdown;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads whether a parameter is required, from the words a guide uses for it, and only where it says so. */
public final class MarkdownRequired {
  /** Marks that check a row without a word: ticks, circles, a capital O as Korean and Japanese tables draw one. */
  private static final Set<String> CHECK_MARKS = Set.of("✓", "✔", "✅", "☑", "✔️", "O", "○", "◯", "●");
  private static final Set<String> DASHES = Set.of("-", "–", "—");
  /** The characters of markup around a word, and a stop, which a word is read without. */
  private static final String MARKUP_CHARACTERS = "*_`.";
  /**
   * The word opening the text, in parentheses anywhere, as a sentence of its own ({@code The id. Required.}), or
   * said of the parameter at the text's start, after its type ({@code string - Is optional and filters ...}).
   */
  /** Words joining the values of a list, in the languages whose marks are read ({@code or}, {@code y}, {@code ou}). */
  private static final Set<String> LIST_WORDS = Set.of("or", "and", "of", "o", "y", "ou", "et", "oder", "und", "e");
  /** The words {@link #fromWord} reads, with what each says. */
  private static final Map<String, Boolean> WORDS = Map.of("required", Boolean.TRUE, "mandatory", Boolean.TRUE,
      "optional", Boolean.FALSE, "not required", Boolean.FALSE);
  /** The marks beside a name, besides {@link #WORDS}, saying it is required, as {@link #fromNameMark} reads them. */
  private static final Set<String> REQUIRED_NAME_MARKS = Set.of("必填", "必须", "必选", "必須", "必需", "필수",
      "verpflichtend", "erforderlich", "requis", "obligatoire", "obligatorio", "obligatoria", "requerido",
      "obrigatório", "obrigatória", "obbligatorio", "verplicht", "wymagane", "wymagany", "obowiązkowe", "obowiązkowy",
      "обязательно", "обязательный", "обязательное", "обязательная", "обязательные", "обов'язковий",
      "обов'язково", "zorunlu", "obligatorisk", "påkrævet", "påkrevd", "krävs", "pakollinen",
      "povinný", "povinné", "obligatoriu");
  /** The marks beside a name, besides {@link #WORDS}, saying it is optional. */
  private static final Set<String> OPTIONAL_NAME_MARKS = Set.of("可选", "选填", "非必填", "非必须", "オプション", "任意",
      "省略可", "선택", "optionnel", "facultatif", "opcional", "facoltativo", "opzionale", "optioneel", "opcjonalne",
      "opcjonalny", "необязательно", "необязательный", "необязательное", "необязательная", "опционально",
      "опциональный", "опциональное", "опциональная", "необов'язковий", "valfri", "valfritt", "valgfri", "valgfrit",
      "valgfritt", "valinnainen", "nepovinný", "nepovinné", "opțional", "opcionális");
  /** The most characters of any word {@link #fromNameMark} reads. */
  private static final int LONGEST_MARK = Stream.of(WORDS.keySet(), REQUIRED_NAME_MARKS, OPTIONAL_NAME_MARKS)
      .flatMap(Set::stream).mapToInt(String::length).max().orElse(0);
  private static final Pattern REQUIRED_MARK = mark("required|mandatory");
  private static final Pattern OPTIONAL_MARK = mark("optional|not required");
  private static final Pattern REQUIRED_INTRODUCTION = Pattern.compile("(?i)\\b(is|are)\\s+(required|mandatory)\\b");
  private static final Pattern OPTIONAL_INTRODUCTION = Pattern.compile("(?i)\\b(is|are)\\s+(optional|not required)\\b");

  /**
   * What opens the qualifier of a required column's mark: a comma, a parenthesis or a colon; not a space, after which
   * words state a condition ({@code Required for `add`} says no more than that it may be).
   */
  private static final String QUALIFIER_OPENINGS = ",，、(（;；:：";

  private MarkdownRequired() {}

  /**
   * A word saying whether a parameter is required where its text says so: first ({@code Optional. The ...}), in
   * parentheses or first in them ({@code (optional, null means not done)}), in angle brackets as a value
   * ({@code (string: <required>)}, as HashiCorp's guides print it), in square brackets ({@code [optional]}, as
   * openapi-generator's notes print it), last in a sentence, after "is", or after the type
   * in a list of qualifiers ({@code string, optional, default value: ""}).
   */
  private static Pattern mark(String words) {
    return Pattern.compile("(?i)^\\W*(?:is\\s+)?(" + words + ")\\b|\\((" + words + ")(?:\\)|\\s*[,;])|<(" + words + ")>"
        + "|\\[(" + words + ")]"
        + "|[.;]\\s+(" + words
        + ")\\s*\\.?\\s*$|^(?:[\\w ]{1,40}\\s[-–—]\\s+)?is\\s+(?:also\\s+)?(?:an?\\s+)?(" + words + ")\\b"
        + "|^\\W*" + MarkdownParameterText.TYPES + "\\s*,\\s*(" + words + ")\\b");
  }

  /** The word required, mandatory or optional alone, without markup; otherwise unknown. */
  static Boolean fromWord(String text) {
    return ofWord(value(text));
  }

  /** What a word, read as {@link #value} reads it, says: as {@link #fromWord}. */
  private static Boolean ofWord(String value) {
    return WORDS.get(value);
  }

  /**
   * The mark after a name in its cell ({@code id <br>*required*}), as Swagger2Markup prints it, in any of its
   * languages ({@code 必填}, {@code Requis}, {@code verpflichtend}), and the words Chinese guides write beside a name
   * ({@code 必须}, {@code 非必填}); otherwise unknown.
   */
  public static Boolean fromNameMark(String text) {
    if (longerThanAnyMark(text)) {
      // Most lines asked about are sentences: told without reading them in lower case.
      return null;
    }
    // The text is read once for both: this is asked of many lines.
    String value = value(text);
    Boolean word = ofWord(value);
    return word != null ? word : REQUIRED_NAME_MARKS.contains(value) ? Boolean.TRUE
        : OPTIONAL_NAME_MARKS.contains(value) ? Boolean.FALSE : null;
  }

  /**
   * Whether a text holds more characters besides whitespace and markup than any word {@link #fromNameMark} reads:
   * {@link #value} keeps them all, and lowering a character never drops it. Surrogates are not counted, as a pair
   * stands for one character.
   */
  private static boolean longerThanAnyMark(String text) {
    int kept = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSurrogate(c) && MARKUP_CHARACTERS.indexOf(c) < 0
          && ++kept > LONGEST_MARK) {
        return true;
      }
    }
    return false;
  }

  /** A cell of a "Required" column: yes or no in any of their usual spellings; otherwise unknown. */
  public static Boolean fromCell(String cell) {
    return switch (value(cell)) {
      case "yes", "y", "true", "required", "mandatory", "✓", "✔", "x", "✅", "☑", "☑️", "✔️" -> Boolean.TRUE;
      case "no", "n", "false", "optional", "not required", "❌", "✖", "✖️", "✗" -> Boolean.FALSE;
      default -> null;
    };
  }

  /**
   * A cell of a column headed as a "Required" one, which may also say so by a letter, as specifications do (M, R or
   * O for mandatory, required or optional; C, conditional, says neither), or by yes and no in other languages (是 and
   * 否, sí, sim, oui, ja, да, tak, はい and their noes; ○ and ×), or by the marks a name may carry ({@code 必须},
   * {@code 非必须}).
   * Only such a column's cells are read so: elsewhere a letter is a unit or a name ({@code height (m)}).
   */
  public static Boolean fromRequiredColumn(String cell) {
    Boolean whole = fromRequiredWord(cell);
    if (whole != null) {
      return whole;
    }
    int word = afterSymbols(cell);
    if (word > 0) {
      // A mark drawn before the word ({@code ✅ Да}, {@code ❌ Нет}): the word says it, or else the mark.
      Boolean worded = fromRequiredColumn(cell.substring(word));
      return worded != null ? worded : fromRequiredWord(cell.substring(0, word));
    }
    // A mark saying optional qualified after a comma or in parentheses ({@code 否，默认 0}, {@code No, defaults to
    // 10}) is that mark.
    String stripped = cell.strip();
    int end = 0;
    while (end < stripped.length() && QUALIFIER_OPENINGS.indexOf(stripped.charAt(end)) < 0) {
      end++;
    }
    // Only a mark saying optional: {@code Yes (POST only)} and {@code 必填（二选一）} may state a condition.
    Boolean qualified =
        end > 0 && end < stripped.length() ? fromRequiredWord(stripped.substring(0, end).strip()) : null;
    return Boolean.FALSE.equals(qualified) ? qualified : null;
  }

  /** Where the words of a cell opening with symbols and a space start; 0 when it opens otherwise. */
  private static int afterSymbols(String cell) {
    String stripped = cell.stripLeading();
    int at = cell.length() - stripped.length();
    int symbols = at;
    while (symbols < cell.length() && !Character.isLetterOrDigit(cell.codePointAt(symbols))
        && !Character.isWhitespace(cell.codePointAt(symbols))) {
      symbols += Character.charCount(cell.codePointAt(symbols));
    }
    boolean spaced = symbols > at && symbols < cell.length() && Character.isWhitespace(cell.charAt(symbols));
    return spaced && !cell.substring(symbols).isBlank() ? symbols : 0;
  }

  private static Boolean fromRequiredWord(String cell) {
    Boolean said = fromCell(cell);
    Boolean marked = said != null ? said : fromNameMark(cell);
    return marked != null ? marked : switch (value(cell)) {
      case "m", "r", "是", "sí", "sì", "si", "sim", "oui", "ja", "да", "tak", "evet", "có", "ya", "예", "はい", "○", "◯" ->
          Boolean.TRUE;
      case "o", "否", "non", "nein", "não", "nao", "нет", "nie", "nee", "nej", "nei", "hayır", "không", "tidak", "아니오",
          "いいえ", "×" ->
          Boolean.FALSE;
      default -> null;
    };
  }

  /**
   * A cell of an "Optional" column: yes or true says optional, no or false required; the words required and optional
   * keep their own meaning; otherwise unknown.
   */
  public static Boolean fromOptionalCell(String cell) {
    return switch (value(cell)) {
      case "yes", "y", "true", "✓", "✔", "x" -> Boolean.FALSE;
      case "no", "n", "false" -> Boolean.TRUE;
      default -> fromCell(cell);
    };
  }

  /**
   * A parameter's own text: {@code (required)}, {@code Optional. The ...}, or a mark of another language opening a
   * parenthesis or a bracket ({@code (必須)}, {@code (任意 デフォルト: 20)}, {@code (opcional)}, {@code [必須]},
   * {@code 【必須】}), or one closing the text in capitals ({@code REQUERIDO}); otherwise unknown.
   */
  public static Boolean fromText(String text) {
    Boolean flagged = flag(text, REQUIRED_MARK, OPTIONAL_MARK);
    flagged = flagged != null ? flagged : parenthesizedMark(text);
    return flagged != null ? flagged : closingMarkInCapitals(text);
  }

  /**
   * The mark, of any language the reader knows, closing a text in capitals after a space ({@code nombre de usuario
   * REQUERIDO}): capitals set it apart from the words of a sentence ({@code ... is optional} is read above).
   */
  private static Boolean closingMarkInCapitals(String text) {
    String stripped = text.strip();
    int space = stripped.lastIndexOf(' ');
    String word = space < 0 ? "" : stripped.substring(space + 1);
    if (word.length() < 4 || !word.chars().allMatch(Character::isUpperCase)) {
      return null;
    }
    // The last of values listed in capitals ({@code One of DISABLED, OPTIONAL, REQUIRED}, {@code REQUIRED or
    // OPTIONAL}) is a value, not a mark: the words before a mark are a sentence's.
    String before = stripped.substring(0, space).strip();
    String previous = before.substring(before.lastIndexOf(' ') + 1);
    boolean listed = before.endsWith(",") || previous.chars().allMatch(Character::isUpperCase)
        || LIST_WORDS.contains(previous.toLowerCase(Locale.ROOT));
    return listed ? null : fromNameMark(word);
  }

  /** The name mark opening a parenthesis of the text, half- or full-width; null when none does. */
  private static Boolean parenthesizedMark(String text) {
    for (int at = 0; at < text.length(); at++) {
      char c = text.charAt(at);
      if ("(（[【".indexOf(c) < 0) {
        continue;
      }
      int end = at + 1;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))
          && ")）]】,，、:：".indexOf(text.charAt(end)) < 0) {
        end++;
      }
      // English words open conditions there ({@code (required when paying by card)}): other languages' marks only.
      String word = text.substring(at + 1, end);
      Boolean mark = end > at + 1 && fromWord(word) == null ? fromNameMark(word) : null;
      if (mark != null) {
        return mark;
      }
    }
    return null;
  }

  /** The sentence introducing a table ({@code These headers are required on every call.}). */
  static Boolean fromIntroduction(String sentence) {
    return flag(sentence, REQUIRED_INTRODUCTION, OPTIONAL_INTRODUCTION);
  }

  /** A cell's word in lower case, without markup and stops. */
  private static String value(String cell) {
    String lower = cell.strip().toLowerCase(Locale.ROOT);
    // The characters of markup are dropped by hand, as the pattern would: this is asked of many cells and lines.
    StringBuilder value = null;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (MARKUP_CHARACTERS.indexOf(c) >= 0 && value == null) {
        value = new StringBuilder(lower.length()).append(lower, 0, i);
      } else if (MARKUP_CHARACTERS.indexOf(c) < 0 && value != null) {
        value.append(c);
      }
    }
    return value == null ? lower : value.toString();
  }

  /** False where the text says optional (which "not required" also says), true where it says required. */
  private static Boolean flag(String text, Pattern required, Pattern optional) {
    // Each pattern needs one of the words, in any case: a text without them is told before the patterns run.
    String lower = text.toLowerCase(Locale.ROOT);
    if (!lower.contains("required") && !lower.contains("mandatory") && !lower.contains("optional")) {
      return null;
    }
    if (optional.matcher(text).find()) {
      return Boolean.FALSE;
    }
    return required.matcher(text).find() ? Boolean.TRUE : null;
  }

  /**
   * Whether the cells of a required column check the required rows with a mark that is no word ({@code ✓},
   * {@code O}) and dash the others: there a dash says no, as a column of check marks says it. A blank cell says
   * nothing, and a dash beside words ({@code Yes}) nothing either.
   */
  static boolean checksAndDashes(List<String> cells) {
    boolean checked = false;
    boolean dashed = false;
    for (String cell : cells) {
      String mark = cell.strip();
      if (isDash(mark)) {
        dashed = true;
      } else if (CHECK_MARKS.contains(mark)) {
        checked = true;
      } else {
        return false;
      }
    }
    return checked && dashed;
  }

  /** Whether a cell holds a dash alone. */
  static boolean isDash(String cell) {
    return DASHES.contains(cell.strip());
  }
}
