package io.mcdewey.parse.markdown.label;

import io.mcdewey.parse.Field;
import io.mcdewey.parse.Whitespace;
import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.request.LabelledPath;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A method or a path (or a URL) standing alone, perhaps as a bullet, on the line after a label of any words and any
 * language ({@code 接口地址：} over {@code * /api/docs/detail/:id}, {@code HTTP 请求方式：} over {@code * GET}): the
 * label's value, whatever its words say, since a method or a path alone can be nothing else. Labels the profile
 * knows are read by their field; this reads the ones it does not.
 *
 * @param text the method (or methods listed together) or the path
 * @param method whether it names methods
 */
public record LabelledValue(String text, boolean method) {
  /** A label: a few words, no sentence's stop or comma, ending in a colon, full-width ones included. */
  private static final Pattern LABEL = Pattern.compile("^[^.!?。/\\d,:：][^.!?。,:：]{0,60}[:：]$");
  /**
   * The most characters of a label before its colon, as {@link #LABEL} counts them (code points): twice as many
   * {@code char}s, each perhaps half of a pair, bound what may match.
   */
  private static final int LABEL_LENGTH = 61;
  private static final int LABEL_WORDS = 6;
  private static final Pattern BULLET = Pattern.compile("^[-*+•]\\s+");
  /** The characters {@link #BULLET} opens with. */
  private static final String BULLET_CHARACTERS = "-*+•";
  /** A URL whose host is a placeholder ({@code https://{domain}/...}, {@code http://<host>/...}). */
  private static final Pattern HOST_PLACEHOLDER = Pattern.compile("(?i)^https?://[{<\\[]");
  /** A URL and nothing else, with a path after its host ({@code https://{domain}/takefree/v1/user}). */
  private static final Pattern ABSOLUTE_URL = Pattern.compile("(?i)^https?://[^/\\s]+/\\S*$");
  /** What parts a label's words: spaces, a colon, punctuation. */
  private static final Pattern LABEL_WORD_SEPARATOR = Pattern.compile("[\\s:：*_()]+");
  /** Words saying what a label lists is not taken, in the languages read. */
  private static final Set<String> NEGATIONS =
      Set.of("not", "no", "non", "não", "nao", "nicht", "keine", "ne", "pas", "не", "nie", "unsupported");
  /** Words naming methods, in the languages read. */
  private static final Set<String> METHOD_WORDS = Set.of("method", "methods", "método", "métodos", "metodo",
      "metodi", "méthode", "méthodes", "methode", "methoden", "метод", "методы", "metoda", "metody", "verb", "verbs");
  /** The words a label naming a request's methods holds: method words, "HTTP", "request" and "supported" words. */
  private static final Set<String> METHOD_LABEL_WORDS = union(METHOD_WORDS, Set.of("http", "request", "supported",
      "allowed", "accepted", "available", "suportados", "suportado", "permitidos", "soportados", "admitidos",
      "supportés", "autorisés", "unterstützte", "erlaubte", "supportati", "consentiti", "поддерживаемые",
      "допустимые", "obsługiwane", "de", "da", "do", "der", "des"));
  /** Words naming a request's type, which generators print for its method ({@code **Type:** `PUT`}, smart-doc). */
  private static final Set<String> TYPE_WORDS = Set.of("type", "tipo", "typ", "类型", "请求类型", "タイプ", "тип");
  /** The colon that closes a label: a full-width one, or one before a space ({@code https://x} holds none). */
  private static final Pattern COLON = Pattern.compile("：|:(?=\\s)");

  private static Set<String> union(Set<String> one, Set<String> other) {
    Set<String> union = new HashSet<>(one);
    union.addAll(other);
    return Set.copyOf(union);
  }

  /** Whether a line is a label, of a few words ending in a colon. */
  public static boolean isLabel(String line) {
    String text = line.strip();
    // The colon that ends a label is told first: most lines end otherwise.
    int last = text.length() - 1;
    return last >= 1 && last <= 2 * LABEL_LENGTH + 1 && (text.charAt(last) == ':' || text.charAt(last) == '：')
        && LABEL.matcher(text).matches() && Whitespace.split(text.substring(0, last).strip()).length <= LABEL_WORDS;
  }

  /**
   * The method or path a line holds alone after a label of its own ({@code - **接口方法：** POST}), if it holds one.
   */
  public static Optional<LabelledValue> afterLabel(String line) {
    String text = withoutBullet(line);
    // Most lines hold no colon at all, which is told before the pattern runs.
    if (text.indexOf(':') < 0 && text.indexOf('：') < 0) {
      return Optional.empty();
    }
    Matcher at = COLON.matcher(text);
    if (!at.find() || !isLabel(text.substring(0, at.end()))) {
      return Optional.empty();
    }
    return under(text.substring(0, at.end()), text.substring(at.end()));
  }

  /** The method or path a line holds alone under a label of its own on the line above, if it holds one. */
  public static Optional<LabelledValue> under(String label, String line) {
    return of(line).filter(value -> namesUrl(label, value) && takesMethods(label, value));
  }

  /**
   * Whether a label's methods are the request's: a label saying they are not taken names none
   * ({@code Métodos não suportados: PUT}), and methods listed together are the request's only under a label naming
   * methods and nothing else about them ({@code Métodos suportados: GET e POST}, {@code Allowed HTTP methods:}; not
   * {@code Retried methods:}).
   */
  private static boolean takesMethods(String label, LabelledValue value) {
    if (!value.method()) {
      return true;
    }
    List<String> words = List.of(LABEL_WORD_SEPARATOR.split(label.strip().toLowerCase(Locale.ROOT)));
    if (words.stream().anyMatch(NEGATIONS::contains)) {
      return false;
    }
    return MarkdownRequestLines.isMethod(value.text())
        || words.stream().allMatch(word -> word.isEmpty() || METHOD_LABEL_WORDS.contains(word))
            && words.stream().anyMatch(METHOD_WORDS::contains);
  }

  /**
   * Whether the label a line opens with, up to its colon, names a request's method or type in words of its own
   * ({@code Type:}, {@code HTTP verb:}, {@code 请求类型：}), nothing else and no negation.
   */
  public static boolean namesMethodOrType(String line) {
    Matcher colon = COLON.matcher(line);
    String label = colon.find() ? line.substring(0, colon.start()) : line;
    List<String> words = List.of(LABEL_WORD_SEPARATOR.split(label.strip().toLowerCase(Locale.ROOT)));
    return words.stream().allMatch(word -> word.isEmpty() || METHOD_LABEL_WORDS.contains(word)
        || TYPE_WORDS.contains(word)) && words.stream().anyMatch(word -> METHOD_WORDS.contains(word)
        || TYPE_WORDS.contains(word));
  }

  /**
   * Whether a label's URL is a request's: the label says it is a URL or URI ({@code url地址：}), or the URL's host is
   * a placeholder; a link to a page under any other label ({@code Guide: https://...}) is no request.
   */
  private static boolean namesUrl(String label, LabelledValue value) {
    if (value.method() || value.text().startsWith("/")) {
      return true;
    }
    String lower = label.toLowerCase(Locale.ROOT);
    return lower.contains("url") || lower.contains("uri") || HOST_PLACEHOLDER.matcher(value.text()).lookingAt();
  }

  /**
   * Whether a section's elements print a method and a path, each under a label the profile does not know, as
   * {@link UnknownLabelRequests} reads them, or such a path and a method under the profile's method label, which the
   * reader completes with it: the section stands for a request.
   */
  public static boolean printsPair(List<MarkdownElement> elements, MarkdownLabels labels) {
    UnknownLabelRequests requests = new UnknownLabelRequests();
    String above = null;
    for (MarkdownElement element : elements) {
      if (element instanceof MarkdownElement.Heading) {
        requests.headingPassed();
      }
      if (!(element instanceof MarkdownElement.TextLine line)) {
        above = null;
        continue;
      }
      String text = line.text().strip();
      Optional<MarkdownLabels.Match> label = labels.match(text);
      boolean known = label.isPresent();
      Optional<LabelledValue> value = known ? label.filter(match -> match.field() == Field.HTTP_METHOD)
          .map(MarkdownLabels.Match::value).filter(MarkdownRequestLines::isMethod)
          .map(method -> new LabelledValue(method, true))
          : above != null ? under(above, text).or(() -> afterLabel(text)) : afterLabel(text);
      value.ifPresent(found -> requests.take(found, line.line()));
      above = !known && isLabel(text) ? text : null;
    }
    return !requests.requests().isEmpty();
  }

  /** A line without the bullet it may open with ({@code * GET}, {@code - /api/docs}). */
  public static String withoutBullet(String line) {
    String text = line.strip();
    // The bullet opens the line: a line opening otherwise is itself, already stripped.
    if (text.isEmpty() || BULLET_CHARACTERS.indexOf(text.charAt(0)) < 0) {
      return text;
    }
    return BULLET.matcher(text).replaceFirst("").strip();
  }

  /** The method or path a line holds alone, if it holds one. */
  static Optional<LabelledValue> of(String line) {
    String value = withoutBullet(line);
    if (!MarkdownRequestLines.methods(value).isEmpty()) {
      // A method, or methods listed together ({@code GET e POST}): the URI takes each.
      return Optional.of(new LabelledValue(value, true));
    }
    // A URL names its path as well, on a host or a placeholder for one ({@code https://{domain}/v1/user}).
    return LabelledPath.isPathAlone(value) || ABSOLUTE_URL.matcher(value).matches()
        ? Optional.of(new LabelledValue(value, false)) : Optional.empty();
  }
}
