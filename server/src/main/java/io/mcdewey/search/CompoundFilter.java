package io.mcdewey.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * Makes the spellings of one compound meet. Guides and questions write the same thing as one word, two words, with a
 * hyphen or in camel case ({@code wrapup}, {@code wrap up}, {@code Wrap-Up}, {@code WrapUpReason}), and English
 * parts a verb from its particle ({@code log the agent in}). So besides each word this filter emits each pair of
 * neighbouring words joined ({@code wrap} {@code up} → {@code wrapup}; not with a stop word), a verb of the few
 * that take a particle joined with a particle up to three words on ({@code log … in} → {@code login}), and for a
 * joined spelling of signing in or out the one form the index keeps ({@link ActionSpellings}). It runs before stop
 * words are dropped, since the particles ({@code in}, {@code on}) are stop words.
 */
final class CompoundFilter extends TokenFilter {
  /** Verbs whose particle may stand apart from them, in the forms guides and questions use. */
  private static final Set<String> PARTICLE_VERBS = Set.of("log", "sign", "hang", "pick", "wrap", "check", "clock",
      "opt");
  private static final List<String> VERB_ENDINGS = List.of("", "s", "ed", "ged", "ing", "ging");
  private static final Set<String> PARTICLES = Set.of("in", "out", "on", "off", "up", "down", "back");
  /** How many words may stand between a verb and its particle. */
  private static final int PARTICLE_REACH = 3;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);

  /** Words to emit at the current position after the current one. */
  private final Deque<String> pending = new ArrayDeque<>();
  /** The last words seen at earlier positions, nearest last, for pairs and particles. */
  private final Deque<String> before = new ArrayDeque<>();

  CompoundFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      term.setEmpty().append(pending.removeFirst());
      increment.setPositionIncrement(0);
      length.setPositionLength(1);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    String word = term.toString();
    Set<String> more = new LinkedHashSet<>();
    if (increment.getPositionIncrement() > 0) {
      if (!before.isEmpty() && !isStopWord(before.peekLast()) && !isStopWord(word)) {
        more.add(before.peekLast() + word);
      }
      if (PARTICLES.contains(word)) {
        for (String earlier : before) {
          String verb = stem(earlier);
          if (verb != null) {
            more.add(verb + word);
          }
        }
      }
      before.addLast(word);
      if (before.size() > PARTICLE_REACH) {
        before.removeFirst();
      }
    } else if (!before.isEmpty()) {
      // A part of an identifier split at the same position as the whole (WrapUpReason, then Wrap): the part is the
      // word the next one follows.
      before.removeLast();
      before.addLast(word);
    }
    for (String joined : List.copyOf(more)) {
      String kept = ActionSpellings.kept(joined);
      if (kept != null) {
        more.add(kept);
      }
    }
    more.remove(word);
    pending.addAll(more);
    return true;
  }

  /** Pairs with a stop word ({@code the call}) are no compound, only noise. */
  private static boolean isStopWord(String word) {
    return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word);
  }

  /** The verb a word is a form of, or {@code null}: {@code logged} → {@code log}. */
  private static String stem(String word) {
    for (String verb : PARTICLE_VERBS) {
      if (word.startsWith(verb) && VERB_ENDINGS.contains(word.substring(verb.length()))) {
        return verb;
      }
    }
    return null;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    before.clear();
  }
}
