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
  /** Words each scheme's pattern must find, whatever their case: a text without any of them needs no search. */
  private static final Map<Authentication.Scheme, List<String>> KEYWORDS = Map.of(
      Authentication.Scheme.BASIC, List.of("basic"),
      Authentication.Scheme.BEARER, List.of("bearer", "access", "oauth"));
  private static final Map<Authentication.Scheme, Pattern> SAYINGS = Map.of(
      Authentication.Scheme.BASIC, Pattern.compile(
          "(?i)\\bHTTP\\s+BASIC\\b|\\bBasic\\s+auth(?:entication|orization)?\\b|\\bAuthorization:\\s*Basic\\b"),
      Authentication.Scheme.BEARER, Pattern.compile(
          "(?i)\\bBearer\\s+(?:token|auth)|\\bAuthorization:\\s*Bearer\\b|\\baccess\\s+tokens?\\b|\\bOAuth\\s*2?\\b"));
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
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
    String lower = text.toLowerCase(Locale.ROOT);
    SAYINGS.forEach((scheme, saying) -> {
      if (found.containsKey(scheme) || KEYWORDS.get(scheme).stream().noneMatch(lower::contains)) {
        return;
      }
      Matcher matcher = saying.matcher(text);
      if (matcher.find()) {
        // The sentence is read with its words singly spaced, so that a guide laid out again says the same.
        String flat = singleSpaced(text);
        int flatAt = singleSpaced(text.substring(0, matcher.start())).length();
        found.put(scheme, new Authentication(scheme, sentence(flat, flatAt), where.apply(matcher.start())));
      }
    });
  }

  /** The sentence around {@code at}: from the previous full stop to the next, within reach and ending at a word. */
  private static String sentence(String text, int at) {
    int start = Math.max(text.lastIndexOf(". ", at) + 2, Math.max(0, at - STATEMENT_REACH));
    int stop = text.indexOf(". ", at);
    int end = stop >= 0 && stop < at + STATEMENT_REACH ? stop + 1
        : Math.max(at, text.lastIndexOf(' ', Math.min(text.length(), at + STATEMENT_REACH)));
    return WHITESPACE.matcher(text.substring(start, end).strip()).replaceAll(" ");
  }

  private static String singleSpaced(String text) {
    return WHITESPACE.matcher(text).replaceAll(" ");
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
