package io.mcdewey.parse.markdown.status;

import io.mcdewey.model.Response;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statuses a sentence names as those the request answers with: after a verb ({@code returns a 201 Created
 * response code}, {@code Returns 200 OK with the order, or 404 Not Found}), named as statuses ({@code status code
 * 201}), with their case ({@code 201 when a new one was set}, {@code 404 otherwise.}), or listed in a sentence about
 * responses ({@code Possible responses: 204 No Content, 404 Not Found}), where their standard reason phrase follows
 * them.
 */
public final class ProseStatuses {
  /**
   * A status a sentence says is returned or answered ({@code returns}, {@code answers}, {@code responds with}),
   * followed by its reason phrase or the word response or status ({@code returns 204 as status code}).
   */
  private static final Pattern RETURNED_STATUS = Pattern.compile(
      "(?i)\\b(?:returns?|answers?|responds?\\s+with|repl(?:y|ies)\\s+with)\\s+(?:an?\\s+|the\\s+)?"
          + "[\"“]?(?:HTTP\\s+)?(?:status\\s+(?:code\\s+)?)?"
          + "([1-5]\\d\\d(?-i:\\s+[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*){0,3})?)"
          + "(\\s+(?:as\\s+(?:the\\s+|its\\s+)?)?(?:response|status))?");
  /**
   * Statuses listed as what the answer is ({@code The reply is either 200, or 409}, {@code the response is 201 or
   * 409}): after "either" or "one of", or two at least.
   */
  private static final Pattern LISTED_ANSWERS = Pattern.compile("(?i)\\b(?:reply|response|answer)\\s+(?:is|will be)"
      + "\\s+(?:(?:either|one of)\\s+(" + Codes.LIST + ")|(" + Codes.CODE + Codes.MORE + "+))\\b");
  private static final Pattern CODE = Pattern.compile(Codes.CODE);
  /**
   * A status alone said to be the answer, the answer a clause's subject, after a sentence's or a clause's opening
   * ({@code If the path names a file, the response is 202, and ...}, {@code the response is 200 Found}), the code
   * followed by a stop, a comma or a capitalised word that is no unit ({@code the largest response is 502 KB}); not
   * a count or a size ({@code the number of rows in a response is 500}).
   */
  private static final Pattern ANSWER_IS = Pattern.compile("(?i)(?:^|[,.;:]\\s+)(?:then\\s+)?the\\s+"
      + "(?:reply|response|answer)\\s+(?:is|will be)\\s+(" + Codes.CODE + ")(?=\\s*(?:[,.;:]|$)"
      + "|\\s+(?!(?-i:[KMGT]?B|[KMG]iB)\\b)(?-i:[A-Z]))");

  /**
   * Statuses as a list: one code and more after commas, "or" or "and" ({@code 200, or 409}); a code alone after
   * "is" may be a count ({@code the reply is 100 records at most}), a list of them hardly.
   */
  private static final class Codes {
    static final String CODE = "[1-5]\\d\\d";
    static final String MORE = "(?:\\s*(?:,\\s*(?:or\\s+|and\\s+)?|or\\s+|and\\s+)" + CODE + ")";
    static final String LIST = CODE + MORE + "*";
  }
  /** A status named as such ({@code status 500}, {@code status code 201}). */
  private static final Pattern STATUS_PHRASE = Pattern.compile("(?i)\\b(?:status|(?:status|return|response|http)"
      + "\\s+code)(?:\\s+(?:is|was))?\\s*:?\\s+([1-5]\\d\\d)\\b");
  /**
   * A status named as such in the words of other languages, perhaps after a dash or a colon ({@code код ответа – 409},
   * {@code código de estado 404}, {@code 状态码：200}): words that name an answer's status and nothing else.
   */
  private static final Pattern NAMED_IN_OTHER_LANGUAGES = Pattern.compile("(?iu)(?:(?<![\\p{L}])(?:код\\s+(?:ответа|"
      + "состояния|статуса)|code\\s+(?:de\\s+)?(?:statut|retour|réponse)|código\\s+(?:de\\s+)?(?:estado|respuesta|"
      + "resposta|status)|codice\\s+di\\s+(?:stato|risposta)|kod\\s+(?:odpowiedzi|statusu)|statuscode)|状态码|狀態碼"
      + "|ステータスコード|상태\\s*코드|응답\\s*코드)\\s*[:：–—-]?\\s*([1-5]\\d\\d)(?!\\d)");
  /** A word alone naming a code, in the languages guides are written in: a status's only with what says it is one. */
  private static final String CODE_WORDS = "(?:code|код|código|codice|kod|status|статус)";
  /**
   * A code named with a word alone and followed by its status's standard reason, perhaps quoted or in parentheses
   * ({@code l'API donne un code 200 ("OK")}, {@code статус 404 Not Found}): the reason says the number is a status.
   */
  private static final Pattern CODE_AND_REASON = Pattern.compile("(?iu)(?<![\\p{L}])" + CODE_WORDS
      + "\\s*[:：–—-]?\\s*([1-5]\\d\\d)\\s*(?:\\(?[\"“«]([^\"”»]{1,40})[\"”»]\\)?|\\(([^()]{1,40})\\)"
      + "|((?-i:[A-Z][A-Za-z]*(?:\\s+[A-Z][A-Za-z]*){0,3})))");
  /**
   * A code named with a word alone in a sentence saying it is returned or answered, in the languages guides are written
   * in ({@code retourne un code 204}, {@code возвращает код 404}, {@code devuelve el código 404}): the word alone
   * names postal, area and product codes too.
   */
  private static final Pattern RETURNED_CODE = Pattern.compile("(?iu)(?<![\\p{L}])(?:return|retourn|renvoi|répond|"
      + "devuelv|respond|retorn|возвращ|отвеча|zwraca|odpowiada|restituisc|rispond|liefert|gibt)\\p{L}*\\s+"
      + "(?:\\p{L}+\\s+)?" + CODE_WORDS + "\\s*[:：–—-]?\\s*([1-5]\\d\\d)(?!\\d)");
  /**
   * A status said with the case it answers ({@code 201 when a new one was set}, {@code 409 (when it is not)}), in a
   * sentence about statuses.
   */
  private static final Pattern CONDITIONAL_STATUS =
      Pattern.compile("(?<![\\w.])([1-5]\\d\\d)\\s+\\(?(?:when|if|once|otherwise)\\b");
  /**
   * A sentence that opens with a status and its case ({@code 404 otherwise.}, {@code 201 if it was made.}): about
   * statuses whatever its words.
   */
  private static final Pattern STATUS_AND_CASE =
      Pattern.compile("(?:^\\s*|(?<=[.!?;]\\s))([1-5]\\d\\d)\\s+\\(?(?:when|if|once|otherwise)\\b");
  private static final Pattern ABOUT_RESPONSES = Pattern.compile("(?i)\\b(?:responses?|status(?:es)?|codes?)\\b");
  /** A status followed by words in capitals, its reason phrase if it has a standard one. */
  private static final Pattern STATUS_AND_WORDS = Pattern.compile("(?<![\\w.])[1-5]\\d\\d(?:\\s+[A-Z][\\w-]*){1,4}");

  private ProseStatuses() {}

  /** The statuses a sentence names, each once, in the order read. */
  public static List<Response> in(String sentence) {
    Set<Response> statuses = new LinkedHashSet<>();
    // Every status the patterns take is three ASCII digits, the first from 1 to 5; most prose holds none.
    if (!holdsStatusDigits(sentence)) {
      return List.of();
    }
    Matcher opening = STATUS_AND_CASE.matcher(sentence);
    while (opening.find()) {
      MarkdownStatuses.opening(opening.group(1)).ifPresent(statuses::add);
    }
    Matcher listed = LISTED_ANSWERS.matcher(sentence);
    while (listed.find()) {
      Matcher code = CODE.matcher(listed.group(1) != null ? listed.group(1) : listed.group(2));
      while (code.find()) {
        MarkdownStatuses.opening(code.group()).ifPresent(statuses::add);
      }
    }
    Matcher named = STATUS_PHRASE.matcher(sentence);
    while (named.find()) {
      MarkdownStatuses.opening(named.group(1)).ifPresent(statuses::add);
    }
    Matcher withReason = CODE_AND_REASON.matcher(sentence);
    while (withReason.find()) {
      String reason = withReason.group(2) != null ? withReason.group(2)
          : withReason.group(3) != null ? withReason.group(3) : withReason.group(4);
      Response status = new Response(Integer.parseInt(withReason.group(1)), reason.strip(), "");
      if (MarkdownStatuses.hasStandardReason(status)) {
        statuses.add(status);
      }
    }
    for (Pattern other : List.of(NAMED_IN_OTHER_LANGUAGES, RETURNED_CODE, ANSWER_IS)) {
      Matcher namedOtherwise = other.matcher(sentence);
      while (namedOtherwise.find()) {
        // An informational status answers no call alone: a number of 1xx is more likely a count or a code.
        MarkdownStatuses.opening(namedOtherwise.group(1))
            .filter(status -> status.status() >= 200 && MarkdownStatuses.isDefined(status.status()))
            .ifPresent(statuses::add);
      }
    }
    Matcher returned = RETURNED_STATUS.matcher(sentence);
    int end = -1;
    while (returned.find()) {
      Optional<Response> status = MarkdownStatuses.opening(returned.group(1));
      if (status.filter(r -> r.reason().isEmpty()).isPresent() && returned.group(2) == null) {
        // Reason words are read in capitals; a standard reason in lower case is read too ({@code returns 204 no
        // content}), and no other words ({@code returns 200 when it works}).
        status = MarkdownStatuses.opening(sentence.substring(returned.start(1)))
            .filter(MarkdownStatuses::hasStandardReason);
      }
      status.filter(r -> !r.reason().isEmpty() || returned.group(2) != null).ifPresent(statuses::add);
      end = returned.end();
    }
    if (end < 0 && !ABOUT_RESPONSES.matcher(sentence).find()) {
      return List.copyOf(statuses);
    }
    statuses.addAll(withStandardReasons(sentence, Math.max(end, 0)));
    Matcher conditional = CONDITIONAL_STATUS.matcher(sentence);
    while (conditional.find()) {
      MarkdownStatuses.opening(conditional.group(1)).ifPresent(statuses::add);
    }
    return List.copyOf(statuses);
  }

  /** Whether a text holds a digit from 1 to 5 followed by two more digits, as every status the patterns take. */
  private static boolean holdsStatusDigits(String text) {
    for (int i = 0; i + 2 < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '1' && c <= '5' && isDigit(text.charAt(i + 1)) && isDigit(text.charAt(i + 2))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * The statuses a text lists from {@code from} on, each followed by its standard reason ({@code 403 Forbidden ...,
   * 422 Unprocessable Entity}).
   */
  public static List<Response> withStandardReasons(String text, int from) {
    List<Response> statuses = new ArrayList<>();
    Matcher further = STATUS_AND_WORDS.matcher(text).region(Math.min(from, text.length()), text.length());
    while (further.find()) {
      MarkdownStatuses.opening(further.group()).filter(MarkdownStatuses::hasStandardReason).ifPresent(statuses::add);
    }
    return statuses;
  }
}
