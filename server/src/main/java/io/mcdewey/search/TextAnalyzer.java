package io.mcdewey.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words for the keyword index. Guide text is English prose mixed with identifiers, so besides stemming the prose
 * ({@code transferring} → {@code transfer}) identifiers are split into their words and kept whole
 * ({@code wrapUpReason} → {@code wrapupreason}, {@code wrap}, {@code up}, {@code reason}; {@code TRANSFER_SST} →
 * {@code transfer_sst}, {@code transfer}, {@code sst}), so a question in plain words finds them; and the spellings
 * of a compound are made to meet ({@link CompoundFilter}: {@code wrap-up}, {@code wrapup}, {@code WrapUp}), and so
 * are the verbs of reading, creating, changing and removing ({@link ActionVerbs}: {@code fetch}, {@code get}).
 */
final class TextAnalyzer extends Analyzer {
  private static final int SPLITTING = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
      | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
      | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE
      | WordDelimiterGraphFilter.PRESERVE_ORIGINAL;

  private final boolean forIndexing;

  private TextAnalyzer(boolean forIndexing) {
    this.forIndexing = forIndexing;
  }

  /** The analyzer for the text written to the index: its token graph is flattened, as the index needs. */
  static TextAnalyzer indexing() {
    return new TextAnalyzer(true);
  }

  /** The analyzer for queries. */
  static TextAnalyzer querying() {
    return new TextAnalyzer(false);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new StandardTokenizer();
    TokenStream stream = new WordDelimiterGraphFilter(new WordBeside(tokenizer, ActionSpellings::kept), SPLITTING,
        null);
    if (forIndexing) {
      stream = new FlattenGraphFilter(stream);
    }
    stream = new LowerCaseFilter(stream);
    stream = new EnglishPossessiveFilter(stream);
    stream = new CompoundFilter(stream);
    stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    stream = new PorterStemFilter(stream);
    stream = new WordBeside(stream, ActionVerbs::group);
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
