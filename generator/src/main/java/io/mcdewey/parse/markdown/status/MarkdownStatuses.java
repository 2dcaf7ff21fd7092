package io.mcdewey.parse.markdown.status;

import io.mcdewey.model.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads status lines ({@code 200 OK}, {@code 404 Not Found No user found.}, {@code 202 - Accepted}), telling the
 * reason phrase from the explanation that follows it by the standard phrases of HTTP.
 */
public final class MarkdownStatuses {
  private static final Pattern LIST_BULLET = Pattern.compile("^[-*+]\\s+");
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?]$");
  private static final Pattern STATUS_CODE = Pattern.compile("[1-5]\\d\\d");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  /**
   * A code joined to its reason phrase written as a constant ({@code 400-BAD-REQUEST}, {@code 404_NOT_FOUND}), which
   * the pattern above leaves alone so that ranges and versions ({@code 200-299}, {@code 404.1}) are no statuses.
   */
  private static final Pattern GLUED_REASON = Pattern.compile("^([1-5]\\d\\d)[-_]([A-Z]+(?:[-_][A-Z]+)*)$");
  private static final Pattern STATUS =
      Pattern.compile("^(?:HTTP(?:/\\d(?:\\.\\d)?)?\\s+)?([1-5]\\d\\d)(?![\\w.,/-]*\\w)"
          + "(?:\\s*[-–—:|.)]\\s*|,\\s*(?=\\p{L})|\\s+|(?=\\()|$)(.*)$");
  /**
   * The word captioning a status ({@code Response 200}, {@code HTTP status code 404}, {@code Error: 500},
   * {@code Response — 200 OK}).
   */
  private static final Pattern RESPONSE_WORD = Pattern.compile(
      "(?i)^(?:http\\s+)?(?:response|success|error|status(?:[ -]code)?|[Оо]твет|[Сс]татус"
          + "|(code|c[oó]digo|codice|kod(?:\\s+odpowiedzi)?|[Кк]од))\\s*[:—–-]?\\s+(?=\\d)");
  /** The first letters of the words {@link #RESPONSE_WORD} opens with, in either case. */
  private static final String RESPONSE_WORD_INITIALS = "hrsecHRSECkKоОсСкК";
  /** A status in parentheses, half- or full-width, perhaps with a colon after them ({@code (200):}, {@code （200）：}). */
  private static final Pattern PARENTHESIZED =
      Pattern.compile("^[(（]\\s*([1-5]\\d\\d(?:\\s+[^()（）]*)?)[)）]\\s*[:：]?$");
  private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s\\-–—:;|.,]+");
  /**
   * A comment opening an example, perhaps with a word before the status ({@code # HTTP-Code 200 OK},
   * {@code // 201 Created — the new item}).
   */
  private static final Pattern STATUS_COMMENT =
      Pattern.compile("^(?:#|//|--)\\s*((?:[A-Za-z][\\w-]*:?\\s+){0,2})(?=[1-5]\\d\\d(?:\\s|$))(.*)$");
  /** Words naming what follows them as a status ({@code HTTP Status}, {@code Status code:}). */
  private static final Pattern STATUS_WORDS = Pattern.compile("(?i)(?:http|status|code|response)(?:[\\s:-].*)?");
  /** A status after its reason, in parentheses ({@code Bad Request(400)}). */
  private static final String REASON_FIRST = "([A-Za-z][A-Za-z' -]*?)\\s*\\(\\s*([1-5]\\d\\d)\\s*\\)";
  private static final Pattern REASONS_FIRST = Pattern.compile(
      "^" + REASON_FIRST + "(?:\\s*,\\s*(?:and\\s+|or\\s+)?" + REASON_FIRST + ")*\\s*,?$");
  private static final Pattern REASON_FIRST_ITEM = Pattern.compile(REASON_FIRST);
  private static final int MAX_REASON_WORDS = 4;
  /** A piece of a list of statuses, opening with one or more codes ({@code 403/404 when not allowed}). */
  private static final Pattern SEPARATED_PIECE =
      Pattern.compile("^([1-5]\\d\\d(?:\\s*(?:/|\\band\\b|\\bor\\b)\\s*[1-5]\\d\\d)*)(?![\\w.])\\s*(.*)$",
          Pattern.DOTALL);
  private static final Pattern CODE_LIST_SEPARATOR = Pattern.compile("\\s*(?:[/,;]|\\band\\b|\\bor\\b)\\s*|\\s+");
  private static final Pattern PIECE_SEPARATOR = Pattern.compile("\\s*[,;]\\s*");
  /** Where a status and its colon follow a word or a stop with nothing between: a list whose line breaks were lost. */
  private static final Pattern GLUED_PIECE_START = Pattern.compile("(?<=[\\p{L}.!)])(?=[1-5]\\d\\d\\s*:)");
  private static final Pattern GLUED_PIECE = Pattern.compile("^([1-5]\\d\\d)\\s*:\\s*(\\S.*)$");
  private static final Pattern CODE_SEPARATOR = Pattern.compile("\\s*(?:/|\\band\\b|\\bor\\b)\\s*");
  /** A caption closing with a status in parentheses ({@code 成功時 (200 OK)}). */
  private static final Pattern STATUS_CLOSING = Pattern.compile(
      "^([^\\s\\d()（）][^\\d()（）]{0,40}?)\\s*[(（]\\s*([1-5]\\d\\d(?:\\s+[A-Za-z][\\w -]*)?)\\s*[)）]\\s*[:：]?$");
  /** A short caption before a status ({@code On success: 302 ...}, {@code Bei Fehler: 401 Unauthorized}). */
  private static final Pattern CAPTION = Pattern.compile("^[^\\d:]{1,30}:\\s*(?=[1-5]\\d\\d(?![\\w.]))");
  private static final Map<Integer, String> REASONS = Map.ofEntries(
      Map.entry(100, "Continue"), Map.entry(101, "Switching Protocols"), Map.entry(200, "OK"),
      Map.entry(201, "Created"), Map.entry(202, "Accepted"), Map.entry(203, "Non-Authoritative Information"),
      Map.entry(204, "No Content"), Map.entry(205, "Reset Content"), Map.entry(206, "Partial Content"),
      Map.entry(207, "Multi-Status"), Map.entry(300, "Multiple Choices"), Map.entry(301, "Moved Permanently"),
      Map.entry(302, "Found"), Map.entry(303, "See Other"), Map.entry(304, "Not Modified"),
      Map.entry(307, "Temporary Redirect"), Map.entry(308, "Permanent Redirect"), Map.entry(400, "Bad Request"),
      Map.entry(401, "Unauthorized"), Map.entry(402, "Payment Required"), Map.entry(403, "Forbidden"),
      Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
      Map.entry(408, "Request Timeout"), Map.entry(409, "Conflict"), Map.entry(410, "Gone"),
      Map.entry(411, "Length Required"), Map.entry(412, "Precondition Failed"),
      Map.entry(413, "Payload Too Large"), Map.entry(414, "URI Too Long"),
      Map.entry(415, "Unsupported Media Type"), Map.entry(416, "Range Not Satisfiable"),
      Map.entry(417, "Expectation Failed"), Map.entry(422, "Unprocessable Entity"), Map.entry(423, "Locked"),
      Map.entry(424, "Failed Dependency"), Map.entry(426, "Upgrade Required"),
      Map.entry(428, "Precondition Required"), Map.entry(429, "Too Many Requests"),
      Map.entry(431, "Request Header Fields Too Large"), Map.entry(500, "Internal Server Error"),
      Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
      Map.entry(504, "Gateway Timeout"), Map.entry(505, "HTTP Version Not Supported"));

  /** The lowest status of an answer a page shows: informational statuses carry none. */
  private static final int MIN_ANSWERED = 200;

  private MarkdownStatuses() {}

  /**
   * A label's value with the parentheses around a status taken off ({@code (201):} reads {@code 201}), as pages
   * caption an answer {@code Response (201):}; any other value as it is.
   */
  public static String unwrapped(String value) {
    Matcher wrapped = PARENTHESIZED.matcher(value.strip());
    return wrapped.matches() ? wrapped.group(1).strip() : value;
  }

  /** The status a caption names after a word saying it is one ({@code Response 200}), or empty. */
  public static Optional<Response> captioned(String caption) {
    String stripped = caption.strip();
    // The pattern opens with one of its words, whose ASCII letters alone it takes in either case.
    if (stripped.isEmpty() || RESPONSE_WORD_INITIALS.indexOf(stripped.charAt(0)) < 0) {
      return Optional.empty();
    }
    Matcher word = RESPONSE_WORD.matcher(stripped);
    if (!word.lookingAt()) {
      return Optional.empty();
    }
    // A bare "Code" captions application error codes too ({@code Code: 187}): only HTTP's own statuses are taken.
    return opening(caption.strip().substring(word.end()))
        .filter(response -> word.group(1) == null || REASONS.containsKey(response.status()));
  }

  /** The status a heading names, with or without a word saying it is one. */
  public static Optional<Response> ofHeading(String heading) {
    String stripped = heading.strip();
    Matcher word = RESPONSE_WORD.matcher(stripped);
    if (word.lookingAt() && word.group(1) != null) {
      // After the word code a number is HTTP's only with its own reason or none: {@code Código 301 - Cuenta bloqueada}
      // names an application's code.
      return opening(stripped.substring(word.end())).filter(response -> REASONS.containsKey(response.status())
          && (response.reason().isEmpty() || hasStandardReason(response)));
    }
    return opening(word.replaceFirst(""));
  }

  /**
   * The statuses a block lists, one opening each of its lines, perhaps as a bullet ({@code - 404 Not Found : no such
   * user}); empty when a line opens otherwise.
   */
  public static List<Response> listedIn(String block) {
    List<Response> responses = new ArrayList<>();
    for (String line : block.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String item = LIST_BULLET.matcher(line.strip()).replaceFirst("");
      // A status line of a raw HTTP answer ({@code HTTP/1.1 204 No Content}) is an example of the answer.
      Optional<Response> status = item.startsWith("HTTP/") ? Optional.empty() : opening(item);
      // A number alone may be a body ({@code 250}); a status says what it means.
      if (status.isEmpty() || status.get().reason().isEmpty() && status.get().description().isEmpty()) {
        return List.of();
      }
      responses.add(status.get());
    }
    return responses;
  }

  /**
   * The status a comment opening an example names with its standard reason ({@code # HTTP-Code 201 Created} over the
   * answer's body), or empty: a code alone in a comment may be anything, the reason makes it a status.
   */
  public static Optional<Response> commented(String firstLine) {
    Matcher comment = statusComment(firstLine);
    return comment == null ? Optional.empty() : opening(comment.group(2)).filter(MarkdownStatuses::hasStandardReason);
  }

  /**
   * The statuses a comment opening an answer's example names by their codes alone after words saying they are
   * statuses ({@code // HTTP Status 200}, {@code // HTTP Status 400 / 401 / 404}): HTTP's own codes only, the words
   * opening the comment ({@code # retry status: 429} names none).
   */
  public static List<Response> commentedCodes(String firstLine) {
    Matcher comment = statusComment(firstLine);
    if (comment == null || !STATUS_WORDS.matcher(comment.group(1).strip()).matches()) {
      return List.of();
    }
    List<Response> codes = codesOnly(comment.group(2));
    return codes.stream().allMatch(code -> REASONS.containsKey(code.status())) ? codes : List.of();
  }

  /** The comment a line is, opening with at most two words before a status; null when it is none. */
  private static Matcher statusComment(String line) {
    String stripped = line.strip();
    if (stripped.isEmpty() || stripped.charAt(0) != '#' && stripped.charAt(0) != '/' && stripped.charAt(0) != '-') {
      return null;
    }
    Matcher comment = STATUS_COMMENT.matcher(stripped);
    return comment.matches() ? comment : null;
  }

  /**
   * The statuses of a text that is only codes, one or more, parted by slashes, commas, semicolons, spaces, "and" or
   * "or" ({@code 200 / 401 / 422}), as a table's cell lists the answers of its row; empty for any other text.
   */
  public static List<Response> codesOnly(String text) {
    List<Response> responses = new ArrayList<>();
    for (String code : CODE_LIST_SEPARATOR.split(text.strip())) {
      if (!STATUS_CODE.matcher(code).matches()) {
        return List.of();
      }
      responses.add(new Response(Integer.parseInt(code), "", ""));
    }
    return responses;
  }

  /**
   * The statuses of a line listing them apart by commas or semicolons, each piece opening with its codes and saying
   * what they mean ({@code 200 on success, 400 on a bad field, 403/404 when not allowed}); empty unless every piece of
   * two or more opens so, since a sentence may hold a code and a comma.
   */
  public static List<Response> separated(String text) {
    String[] pieces = PIECE_SEPARATOR.split(text.strip());
    if (pieces.length < 2) {
      return List.of();
    }
    List<Response> responses = new ArrayList<>();
    for (String piece : pieces) {
      Matcher opening = SEPARATED_PIECE.matcher(piece);
      if (!opening.matches()) {
        return List.of();
      }
      String[] codes = CODE_SEPARATOR.split(opening.group(1));
      if (codes.length == 1) {
        // One code may have its reason before what it means ({@code 403 Forbidden without access}).
        opening(piece).ifPresent(responses::add);
        continue;
      }
      for (String code : codes) {
        responses.add(new Response(Integer.parseInt(code), "", opening.group(2).strip()));
      }
    }
    return responses;
  }

  /**
   * The statuses of a list of {@code code: meaning} items that a page saved as text printed on one line, each item
   * glued to the one before ({@code 200: Success404: Not found401: Unauthorized}); empty unless two items at least
   * read so and the line opens with one.
   */
  public static List<Response> glued(String text) {
    String[] pieces = GLUED_PIECE_START.split(text.strip());
    if (pieces.length < 2) {
      return List.of();
    }
    List<Response> responses = new ArrayList<>();
    for (String piece : pieces) {
      Matcher item = GLUED_PIECE.matcher(piece);
      if (!item.matches() || !REASONS.containsKey(Integer.parseInt(item.group(1)))) {
        return List.of();
      }
      responses.add(new Response(Integer.parseInt(item.group(1)), "", item.group(2).strip()));
    }
    return responses;
  }

  /**
   * The status after a short caption saying when it is sent ({@code On success: 302 Redirect},
   * {@code Bei Fehler: 401 Unauthorized}), or empty.
   */
  public static Optional<Response> afterCaption(String text) {
    String line = text.strip();
    Matcher caption = CAPTION.matcher(line);
    if (!caption.lookingAt()) {
      return Optional.empty();
    }
    String name = line.substring(0, line.indexOf(':'));
    if (name.indexOf('-') > 0 && name.chars().noneMatch(Character::isWhitespace)) {
      // A header field's value is no status ({@code X-RateLimit-Limit: 100 Requests}).
      return Optional.empty();
    }
    // Captions name application error codes and quantities too ({@code Code: 187}, {@code Page size: 500 items}):
    // only HTTP's own statuses, followed by their meaning in words of their own ({@code 302 Redirect ...}).
    String value = line.substring(caption.end());
    String meaning = value.substring("000".length()).strip();
    return opening(value).filter(response -> REASONS.containsKey(response.status()))
        .filter(response -> hasStandardReason(response) || startsCapitalised(meaning));
  }

  /** Whether a text opens with a capital, perhaps after punctuation ({@code (Validation Error)}, {@code - Moved}). */
  private static boolean startsCapitalised(String text) {
    String words = LEADING_PUNCTUATION.matcher(text).replaceFirst("");
    words = words.startsWith("(") ? words.substring(1) : words;
    return !words.isEmpty() && Character.isUpperCase(words.codePointAt(0));
  }

  /**
   * The status a short caption closes with in parentheses with its standard reason ({@code 成功時 (200 OK)},
   * {@code On error (404 Not Found):}): a number alone there may be a count ({@code Results (100):}).
   */
  public static Optional<Response> closingCaption(String text) {
    Matcher caption = statusClosing(text);
    return caption != null ? opening(caption.group(2)).filter(MarkdownStatuses::hasStandardReason)
        : Optional.empty();
  }

  /**
   * The status a caption of an answer's example closes with in parentheses, with or without its reason
   * ({@code Success Response (200)}, {@code Device Not Found (404)}): under an answer's label a number there is a
   * status, if HTTP defines it and it is no informational one, which no page shows an example of.
   */
  public static Optional<Response> closingAnswerCaption(String text) {
    Matcher caption = statusClosing(text);
    return caption != null ? opening(caption.group(2)).filter(status -> status.status() >= MIN_ANSWERED
        && REASONS.containsKey(status.status())) : Optional.empty();
  }

  /**
   * The match of {@link #STATUS_CLOSING} in the stripped text, or null; a text without an opening parenthesis, which
   * the pattern needs, is told before it runs, as most lines asked about are.
   */
  private static Matcher statusClosing(String text) {
    String stripped = text.strip();
    if (stripped.indexOf('(') < 0 && stripped.indexOf('（') < 0) {
      return null;
    }
    Matcher caption = STATUS_CLOSING.matcher(stripped);
    return caption.matches() ? caption : null;
  }

  public static Optional<Response> opening(String text) {
    String stripped = text.strip();
    // Each reading opens with a status's first digit, or the status pattern with HTTP: told before any runs.
    if (stripped.isEmpty() || stripped.charAt(0) != 'H' && (stripped.charAt(0) < '1' || stripped.charAt(0) > '5')) {
      return Optional.empty();
    }
    Matcher matcher = STATUS.matcher(stripped);
    if (!matcher.matches()) {
      Matcher glued = GLUED_REASON.matcher(text.strip());
      return glued.matches() ? opening(glued.group(1) + " " + glued.group(2).replace('-', ' ').replace('_', ' '))
          : gluedStandardReason(text.strip());
    }
    int status = Integer.parseInt(matcher.group(1));
    String rest = matcher.group(2).strip();
    String standard = REASONS.get(status);
    if (standard != null && rest.regionMatches(true, 0, "(" + standard + ")", 0, standard.length() + 2)) {
      // The reason in parentheses, perhaps in capitals, before what the status means ({@code 404 (NOT FOUND): ...}).
      return Optional.of(new Response(status, standard, describe(rest.substring(standard.length() + 2))));
    }
    if (standard != null && rest.toLowerCase(Locale.ROOT).startsWith(standard.toLowerCase(Locale.ROOT))
        && (rest.length() == standard.length() || !Character.isLetterOrDigit(rest.charAt(standard.length())))) {
      String reason = rest.substring(0, standard.length());
      return Optional.of(new Response(status, reason, describe(rest.substring(standard.length()))));
    }
    if (!rest.isEmpty() && WHITESPACE.split(rest).length <= MAX_REASON_WORDS && !SENTENCE_END.matcher(rest).matches()) {
      return Optional.of(new Response(status, rest, ""));
    }
    return Optional.of(new Response(status, "", rest));
  }

  /**
   * A status glued to its standard reason and what follows ({@code 200OKThe request completed.}, {@code 404Not
   * found}), as a table's cells copied from a page without their borders print them; empty otherwise.
   */
  private static Optional<Response> gluedStandardReason(String text) {
    if (text.length() < 5 || !STATUS_CODE.matcher(text.substring(0, 3)).matches()
        || !Character.isLetter(text.charAt(3))) {
      return Optional.empty();
    }
    int status = Integer.parseInt(text.substring(0, 3));
    String standard = REASONS.get(status);
    if (standard == null || !text.regionMatches(true, 3, standard, 0, standard.length())) {
      return Optional.empty();
    }
    return Optional.of(new Response(status, text.substring(3, 3 + standard.length()),
        describe(text.substring(3 + standard.length()))));
  }

  /**
   * A status alone on its line, as a page saved as text prints the tabs of an operation's answers under their
   * caption: a code HTTP defines alone ({@code 200}), with the heading anchor glyph after it ({@code 200#}), or any
   * code glued to the one word naming it ({@code 200Success}, {@code 201Created}); empty for any other line.
   */
  public static Optional<Response> alone(String text) {
    String line = text.strip();
    if (line.endsWith("#")) {
      line = line.substring(0, line.length() - 1);
    }
    if (line.length() < 3 || !STATUS_CODE.matcher(line.substring(0, 3)).matches()) {
      return Optional.empty();
    }
    String word = line.substring(3);
    int status = Integer.parseInt(line.substring(0, 3));
    boolean named = word.length() > 1 && Character.isUpperCase(word.charAt(0))
        && word.codePoints().skip(1).allMatch(Character::isLowerCase);
    // A number alone may be an answer's body ({@code 250}): only a status HTTP defines is one.
    return word.isEmpty() && REASONS.containsKey(status) || named ? Optional.of(new Response(status, word, ""))
        : Optional.empty();
  }

  /** Whether a response's reason is the standard phrase of its status ({@code 404 Not Found}). */
  /**
   * The status a caption closes with in parentheses after its standard reason ({@code OK (200):},
   * {@code Not Found (404)}); a number after other words is a count or a time ({@code time (500 ms)}).
   */
  public static Optional<Response> reasonThenStatus(String text) {
    Matcher caption = statusClosing(text);
    if (caption == null) {
      return Optional.empty();
    }
    return opening(caption.group(2)).filter(status -> caption.group(1).strip()
        .equalsIgnoreCase(REASONS.getOrDefault(status.status(), "")));
  }

  /** Whether HTTP defines a status: a number it leaves undefined ({@code 299}) is more likely a count. */
  public static boolean isDefined(int status) {
    return REASONS.containsKey(status);
  }

  public static boolean hasStandardReason(Response response) {
    return !response.reason().isEmpty()
        && response.reason().equalsIgnoreCase(REASONS.getOrDefault(response.status(), ""));
  }

  /**
   * The statuses of a line made only of statuses after their reasons ({@code Bad Request(400), Unauthorized(401),}),
   * as OpenStack's API references list error codes, a list that may wrap onto the next line; empty for any other.
   */
  public static List<Response> afterReasons(String line) {
    if (!line.contains("(") || !REASONS_FIRST.matcher(line.strip()).matches()) {
      return List.of();
    }
    List<Response> responses = new ArrayList<>();
    Matcher item = REASON_FIRST_ITEM.matcher(line);
    while (item.find()) {
      String reason = item.group(1).replaceFirst("(?i)^(?:and|or)\\s+", "").strip();
      int status = Integer.parseInt(item.group(2));
      if (!reason.equalsIgnoreCase(REASONS.getOrDefault(status, "")) && WHITESPACE.split(reason).length > 1) {
        // A reason is the standard one or a fault's name ({@code itemNotFound(404)}): a sentence closing with a status
        // in parentheses ({@code Returned when nothing matches (404)}) lists none.
        return List.of();
      }
      responses.add(new Response(status, reason, ""));
    }
    return responses;
  }

  /** Whether a text is a status code alone ({@code 200}), as a status column holds. */
  public static boolean isCode(String text) {
    return STATUS_CODE.matcher(text.strip()).matches();
  }

  private static String describe(String text) {
    return LEADING_PUNCTUATION.matcher(text).replaceFirst("").strip();
  }
}
