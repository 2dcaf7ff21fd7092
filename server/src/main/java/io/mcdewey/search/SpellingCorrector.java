package io.mcdewey.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Corrects the misspelt words of a question, as a search engine does: a word whose keyword term no entry of the index
 * holds ({@code tranfer}, {@code answr}) is replaced by the nearest word the guides do write, within an edit distance
 * that grows with the word's length ({@link #allowedEdits}): short words are left alone, since one edit turns most of
 * them into another real word. Fewest edits win, then the word more entries hold; a swap of two neighbouring letters
 * counts one edit. A word an entry holds is never corrected, so a correction cannot outrank a word as typed. The
 * guides' words are looked up as written, unstemmed, in a field of their own ({@link #vocabularyAnalyzer}), so that a
 * correction reads as a word for the sentence model too. On 46 questions tuned on written again misspelt, hybrid MRR
 * went from 0.888 to 0.917, the figure of the same questions spelt right.
 *
 * <p>Words run together need no correction here: the keyword analysis joins neighbouring words on both sides
 * ({@link CompoundFilter}), so {@code wrapup} and {@code signin} already meet {@code wrap up} and {@code sign in}.
 */
final class SpellingCorrector {
  /** Letters that must match before any edit: people rarely misspell a word's first letter. */
  private static final int SAME_PREFIX = 1;
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  /** Words corrected, and corrections: lower-case ASCII letters, compared byte by byte. */
  private static final Pattern ASCII_WORD = Pattern.compile("[a-z]+");

  private final String vocabularyField;
  private final Analyzer keywordAnalyzer;
  private final List<String> keywordFields;

  /**
   * @param vocabularyField the field holding the guides' words as {@link #vocabularyAnalyzer} makes them
   * @param keywordAnalyzer the analyzer of questions for the keyword ranking, whose terms tell known words
   * @param keywordFields the fields of those terms
   */
  SpellingCorrector(String vocabularyField, Analyzer keywordAnalyzer, List<String> keywordFields) {
    this.vocabularyField = vocabularyField;
    this.keywordAnalyzer = keywordAnalyzer;
    this.keywordFields = List.copyOf(keywordFields);
  }

  /** The analyzer of the vocabulary field: words as written, identifiers also split, lower case, not stemmed. */
  static Analyzer vocabularyAnalyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new WordDelimiterGraphFilter(tokenizer, WordDelimiterGraphFilter.GENERATE_WORD_PARTS
            | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE | WordDelimiterGraphFilter.PRESERVE_ORIGINAL, null);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(stream));
      }
    };
  }

  /**
   * How many edits a word of this many letters may be corrected by: none up to four letters, one up to seven, two
   * beyond.
   */
  static int allowedEdits(int letters) {
    if (letters <= 4) {
      return 0;
    }
    return letters <= 7 ? 1 : 2;
  }

  /** The question with each misspelt word replaced by its correction; the question itself when none is. */
  String corrected(IndexReader reader, String question) throws IOException {
    Terms vocabulary = null;
    StringBuilder corrected = null;
    int copied = 0;
    Matcher words = WORD.matcher(question);
    while (words.find()) {
      String word = words.group().toLowerCase(Locale.ROOT);
      int edits = allowedEdits(word.length());
      if (edits == 0 || !ASCII_WORD.matcher(word).matches() || known(reader, word)) {
        continue;
      }
      if (vocabulary == null) {
        vocabulary = MultiTerms.getTerms(reader, vocabularyField);
        if (vocabulary == null) {
          return question;
        }
      }
      String nearest = nearest(vocabulary, word, edits);
      if (nearest != null) {
        corrected = corrected == null ? new StringBuilder(question.length() + 8) : corrected;
        corrected.append(question, copied, words.start()).append(nearest);
        copied = words.end();
      }
    }
    return corrected == null ? question : corrected.append(question, copied, question.length()).toString();
  }

  /** Whether the index holds the keyword term of a word, or the word is a stop word, which has none. */
  private boolean known(IndexReader reader, String word) throws IOException {
    String stem;
    try (TokenStream stream = keywordAnalyzer.tokenStream(keywordFields.get(0), word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      stem = stream.incrementToken() ? term.toString() : null;
      stream.end();
    }
    if (stem == null) {
      return true;
    }
    for (String field : keywordFields) {
      if (reader.docFreq(new Term(field, stem)) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The word of the vocabulary fewest edits away, and of those the one most entries hold, or {@code null}. It walks
   * the words of the same first letter and measures those of a length within reach: Lucene's Levenshtein automata,
   * which would visit only the words within reach, took 0.1 to 0.7 ms to build for two edits, far more than the walk.
   */
  private static String nearest(Terms vocabulary, String word, int maxEdits) throws IOException {
    byte[] letters = word.getBytes(StandardCharsets.US_ASCII);
    BytesRef prefix = new BytesRef(letters, 0, SAME_PREFIX);
    TermsEnum terms = vocabulary.iterator();
    if (terms.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
      return null;
    }
    String best = null;
    int bestEdits = 0;
    int bestEntries = 0;
    for (BytesRef term = terms.term(); term != null && StringHelper.startsWith(term, prefix); term = terms.next()) {
      int reach = best == null ? maxEdits : bestEdits;
      if (Math.abs(term.length - letters.length) > reach || !isLetters(term)) {
        continue;
      }
      int edits = edits(letters, term, reach);
      if (edits <= reach && (best == null || edits < bestEdits || terms.docFreq() > bestEntries)) {
        best = term.utf8ToString();
        bestEdits = edits;
        bestEntries = terms.docFreq();
      }
    }
    return best;
  }

  /**
   * The edits between a word and a term, a swap of neighbouring letters counting one (the optimal string alignment
   * distance), or more than {@code reach} when it is more.
   */
  static int edits(byte[] word, BytesRef term, int reach) {
    int[] beforeLast = new int[term.length + 1];
    int[] last = new int[term.length + 1];
    int[] current = new int[term.length + 1];
    for (int j = 0; j <= term.length; j++) {
      last[j] = j;
    }
    for (int i = 1; i <= word.length; i++) {
      current[0] = i;
      int rowBest = i;
      for (int j = 1; j <= term.length; j++) {
        byte letter = term.bytes[term.offset + j - 1];
        int cost = word[i - 1] == letter ? 0 : 1;
        int edits = Math.min(Math.min(last[j] + 1, current[j - 1] + 1), last[j - 1] + cost);
        if (i > 1 && j > 1 && word[i - 1] == term.bytes[term.offset + j - 2] && word[i - 2] == letter) {
          edits = Math.min(edits, beforeLast[j - 2] + 1);
        }
        current[j] = edits;
        rowBest = Math.min(rowBest, edits);
      }
      if (rowBest > reach) {
        return reach + 1;
      }
      int[] spare = beforeLast;
      beforeLast = last;
      last = current;
      current = spare;
    }
    return last[term.length];
  }

  /** Whether a term is lower-case ASCII letters only, not an identifier with digits or underscores. */
  private static boolean isLetters(BytesRef term) {
    for (int i = term.offset; i < term.offset + term.length; i++) {
      if (term.bytes[i] < 'a' || term.bytes[i] > 'z') {
        return false;
      }
    }
    return true;
  }
}
