package io.mcdewey.search;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Adds a word beside some words, at the same position, so that either matches: the one form of a spelling
 * ({@link ActionSpellings}) or the verb of a group ({@link ActionVerbs}). The word itself stays.
 */
final class WordBeside extends TokenFilter {
  private final UnaryOperator<String> added;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private String pending;

  /** {@code added} gives the word to add beside a word, or {@code null} for none. */
  WordBeside(TokenStream input, UnaryOperator<String> added) {
    super(input);
    this.added = added;
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
    pending = added.apply(term.toString());
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
  }
}
