package io.mcdewey.search;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The spellings of signing in and out ({@code login}, {@code log-on}, {@code logout}) get the one form the index
 * keeps ({@code signin}, {@code signout}) beside them. It looks at whole words, before identifiers are split, so that
 * the {@code login} of {@code loginId}, a login name, stays what it is; {@link CompoundFilter} gives words joined from
 * two ({@code log in}) the same form.
 */
final class ActionSpellings extends TokenFilter {
  private static final Map<String, String> KEPT = Map.of(
      "login", "signin", "logon", "signin", "signon", "signin",
      "logout", "signout", "logoff", "signout", "signoff", "signout");

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private String pending;

  ActionSpellings(TokenStream input) {
    super(input);
  }

  /** The form kept for a spelling, or {@code null} when it is none of them. */
  static String kept(String word) {
    return KEPT.get(word.toLowerCase(Locale.ROOT));
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      term.setEmpty().append(pending);
      increment.setPositionIncrement(0);
      pending = null;
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    pending = kept(term.toString());
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
  }
}
