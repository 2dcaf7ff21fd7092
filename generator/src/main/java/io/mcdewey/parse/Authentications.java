package io.mcdewey.parse;

import io.mcdewey.model.Authentication;
import io.mcdewey.model.Provenance;
import io.mcdewey.source.GuideDocument;
import io.mcdewey.source.Page;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways of authenticating a guide names, from the sentences that say so ({@code All APIs use HTTP BASIC
 * authentication}, {@code Authorization: Bearer <token>}, {@code refresh an existing access token}): the first such
 * sentence of each scheme, with where it is.
 */
final class Authentications {
  private static final Map<Authentication.Scheme, Saying> SAYINGS = Map.of(
      Authentication.Scheme.BASIC, new Saying(Pattern.compile(
          "(?i)\\bHTTP\\s+BASIC\\b|\\bBasic\\s+auth(?:entication|orization)?\\b|\\bAuthorization:\\s*Basic\\b"),
          List.of("http", "basic", "authorization:")),
      Authentication.Scheme.BEARER, new Saying(Pattern.compile(
          "(?i)\\bBearer\\s+(?:token|auth)|\\bAuthorization:\\s*Bearer\\b|\\baccess\\s+tokens?\\b|\\bOAuth\\s*2?\\b"),
          List.of("bearer", "authorization:", "access", "oauth")));
  /** How much of a sentence is kept around the words naming the scheme. */
  private static final int STATEMENT_REACH = 300;

  private Authentications() {}

  /** The schemes {@code guide} names, in guide order. */
  static List<Authentication> of(GuideDocument guide) {
    Map<Authentication.Scheme, Authentication> found = new EnumMap<>(Authentication.Scheme.class);
    if (guide.markdown() != null) {
      find(guide.markdown(), at -> new Provenance(guide.file(), null, null, line(guide.markdown(), at)), found);
    } else {
      for (Page page : guide.pages()) {
        find(page.text(), at -> page.source(), found);
      }
    }
    List<Authentication> ordered = new ArrayList<>(found.values());
    ordered.sort((a, b) -> Integer.compare(order(a), order(b)));
    return ordered;
  }

  private static void find(String text, java.util.function.IntFunction<Provenance> where,
      Map<Authentication.Scheme, Authentication> found) {
    String lower = asciiLowerCase(text);
    String flat = null;
    for (Map.Entry<Authentication.Scheme, Saying> saying : SAYINGS.entrySet()) {
      Authentication.Scheme scheme = saying.getKey();
      int at = found.containsKey(scheme) ? -1 : saying.getValue().firstMatch(text, lower);
      if (at >= 0) {
        // The sentence is read with its words singly spaced, so that a guide laid out again says the same; the text
        // is spaced so once, for whichever schemes it names.
        flat = flat == null ? Whitespace.singleSpaced(text) : flat;
        int flatAt = Whitespace.singleSpaced(text.substring(0, at)).length();
        found.put(scheme, new Authentication(scheme, sentence(flat, flatAt), where.apply(at)));
      }
    }
  }

  /**
   * A scheme's pattern, with the words each of its alternatives begins with, in lower case. The pattern ignores the
   * case of ASCII letters only, so a match can begin only where one of the words does in the text with its ASCII
   * letters lowered; trying the pattern there alone finds the same first match as searching the whole text, which
   * costs a fifth of reading a guide.
   */
  private record Saying(Pattern pattern, List<String> openings) {

    /** Where the pattern's first match in {@code text} begins, or -1; {@code lower} is the text's ASCII lowered. */
    int firstMatch(String text, String lower) {
      Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      int[] next = new int[openings.size()];
      for (int i = 0; i < next.length; i++) {
        next[i] = lower.indexOf(openings.get(i));
      }
      for (int at = earliest(next); at >= 0; at = earliest(next)) {
        if (matcher.region(at, text.length()).lookingAt()) {
          return at;
        }
        // Only the words found here are looked for again: searching every word anew from each place one of them
        // is found would read the text again for each time the commonest word occurs.
        for (int i = 0; i < next.length; i++) {
          next[i] = next[i] == at ? lower.indexOf(openings.get(i), at + 1) : next[i];
        }
      }
      return -1;
    }

    /** The least of the places that are not -1, or -1 when all are. */
    private static int earliest(int[] places) {
      int first = -1;
      for (int at : places) {
        if (at >= 0 && (first < 0 || at < first)) {
          first = at;
        }
      }
      return first;
    }
  }

  /**
   * The text with its ASCII capitals in lower case, each character at its index. String's own lowering is quicker
   * than a copy by hand; it lowers other letters too, which can only add places where the patterns then fail, as they
   * ignore the case of ASCII letters alone. A letter lowered to two characters (the dotted capital I) would
   * move the indexes, so where one does the ASCII capitals alone are lowered, by hand.
   */
  private static String asciiLowerCase(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.length() == text.length()) {
      return lower;
    }
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') {
        chars[i] = (char) (chars[i] + ('a' - 'A'));
      }
    }
    return new String(chars);
  }

  /** The sentence around {@code at}: from the previous full stop to the next, within reach and ending at a word. */
  private static String sentence(String text, int at) {
    int start = Math.max(text.lastIndexOf(". ", at) + 2, Math.max(0, at - STATEMENT_REACH));
    int stop = text.indexOf(". ", at);
    int end = stop >= 0 && stop < at + STATEMENT_REACH ? stop + 1
        : Math.max(at, text.lastIndexOf(' ', Math.min(text.length(), at + STATEMENT_REACH)));
    return Whitespace.singleSpaced(text.substring(start, end).strip());
  }

  private static int line(String text, int at) {
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  /** Schemes in the order the guide names them: by page, then line. */
  private static int order(Authentication authentication) {
    Provenance source = authentication.source();
    return (source.page() == null ? 0 : source.page()) * 100_000 + source.line();
  }
}
