package io.mcdewey.search;

import java.util.Locale;
import java.util.Map;

/**
 * The spellings of signing in and out ({@code login}, {@code log-on}, {@code logout}) get the one form the index
 * keeps ({@code signin}, {@code signout}) beside them ({@link WordBeside}). It looks at whole words, before
 * identifiers are split, so that the {@code login} of {@code loginId}, a login name, stays what it is;
 * {@link CompoundFilter} gives words joined from two ({@code log in}) the same form.
 */
final class ActionSpellings {
  private static final Map<String, String> KEPT = Map.of(
      "login", "signin", "logon", "signin", "signon", "signin",
      "logout", "signout", "logoff", "signout", "signoff", "signout");

  private ActionSpellings() {}

  /** The form kept for a spelling, or {@code null} when it is none of them. */
  static String kept(String word) {
    return KEPT.get(word.toLowerCase(Locale.ROOT));
  }
}
