package io.mcdewey.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * The library's search index on disk: Lucene with BM25 over the words of chunks and endpoints and an HNSW graph over
 * their vectors. Each guide's entries carry a digest of what was indexed; {@link #sync} re-embeds only guides whose
 * digest changed, so restarting a server over an unchanged library costs no embedding.
 */
public final class SearchIndex implements Closeable {
  /** How many candidates each ranking contributes to the fused one. */
  static final int CANDIDATES = 50;
  /** Words in titles count this much more than words in the text. */
  static final float TITLE_BOOST = 2f;
  /** How many requests' results are remembered, for as long as the index does not change. */
  static final int RECENT_RESULTS = 4096;

  private static final String KIND = "kind";
  private static final String GUIDE_MARKER = "GUIDE";
  private static final String ID = "id";
  private static final String GUIDE = "guide";
  private static final String PRODUCT = "product";
  private static final String VERSION = "version";
  private static final String TITLE = "title";
  private static final String TEXT = "text";
  /** The guides' words as written, only for correcting the spelling of questions ({@link SpellingCorrector}). */
  private static final String WORDS = "words";
  private static final FieldType WORDS_TYPE = wordsType();
  private static final String VECTOR = "vector";
  private static final String PRIOR = "prior";
  private static final String MEANING = "meaning";
  private static final String DIGEST = "digest";
  private static final String EMBEDDER = "embedder";
  private static final String FORMAT = "format";
  /**
   * The layout of the entries and the words {@link TextAnalyzer} makes of text; an index of another layout, or whose
   * words were made otherwise, is rebuilt.
   */
  private static final String FORMAT_VERSION = "7";

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Embedder embedder;
  private final Analyzer queryAnalyzer = TextAnalyzer.querying();
  private final SpellingCorrector spelling = new SpellingCorrector(WORDS, queryAnalyzer, List.of(TEXT, TITLE));
  private volatile Abbreviations abbreviations = Abbreviations.none();
  private final EntryTables entryTables = new EntryTables(ID, PRIOR);
  /**
   * The results of recent requests to each reader: a question asked again, as people and assistants do, costs a
   * lookup instead of a search of both rankings. Keyed by the reader, so that a sync's new reader never answers with
   * an older one's results.
   */
  private final RecentlyUsed<ReaderRequest, List<Hit>> recentResults = new RecentlyUsed<>(RECENT_RESULTS);

  private record ReaderRequest(IndexReader.CacheKey reader, SearchRequest request) {}

  private SearchIndex(Directory directory, IndexWriter writer, Embedder embedder) throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.embedder = embedder;
    this.searchers = new SearcherManager(writer, null);
  }

  /**
   * Opens the index in {@code folder}, creating it when absent. An index written with another embedder, in another
   * layout, by an incompatible Lucene, or damaged, is started afresh.
   *
   * @throws IOException when the folder cannot be written, or another server holds the index
   */
  public static SearchIndex open(Path folder, Embedder embedder) throws IOException {
    Directory directory = FSDirectory.open(folder);
    try {
      IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(TextAnalyzer.indexing(),
          Map.of(WORDS, SpellingCorrector.vocabularyAnalyzer())));
      config.setOpenMode(reusable(directory, embedder) ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND
          : IndexWriterConfig.OpenMode.CREATE);
      IndexWriter writer = new IndexWriter(directory, config);
      writer.setLiveCommitData(Map.of(EMBEDDER, embedder.name(), FORMAT, FORMAT_VERSION).entrySet());
      return new SearchIndex(directory, writer, embedder);
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new IOException(folder + ": the index is in use by another server", e);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  private static boolean reusable(Directory directory, Embedder embedder) throws IOException {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        return false;
      }
      Map<String, String> written = SegmentInfos.readLatestCommit(directory).getUserData();
      return embedder.name().equals(written.get(EMBEDDER)) && FORMAT_VERSION.equals(written.get(FORMAT));
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
      return false;
    }
  }

  /**
   * Brings the index up to date with the library: new and changed guides are embedded, departed ones removed. The
   * texts of all changed guides are embedded together, each once, so that the cores stay busy to the last text and
   * releases of one guide indexed together, which share most pages, embed those pages once.
   */
  public SyncReport sync(Library library) throws IOException {
    long start = System.nanoTime();
    abbreviations = Abbreviations.learn(library);
    Map<String, String> indexed = indexedDigests();
    Set<String> present = new LinkedHashSet<>();
    Map<String, List<IndexEntry>> changed = new LinkedHashMap<>();
    Map<String, String> digests = new HashMap<>();
    for (LibraryGuide guide : library.guides()) {
      String key = guide.id().key();
      present.add(key);
      List<IndexEntry> guideEntries = IndexEntry.of(guide);
      String digest = GuideDigest.of(embedder.name(), guideEntries);
      if (!digest.equals(indexed.get(key))) {
        changed.put(key, guideEntries);
        digests.put(key, digest);
      }
    }
    Vectors vectors = vectors(changed.values().stream().flatMap(List::stream).toList());
    int entries = 0;
    for (Map.Entry<String, List<IndexEntry>> guide : changed.entrySet()) {
      writer.deleteDocuments(new Term(GUIDE, guide.getKey()));
      writer.addDocuments(documents(guide.getValue(), vectors.byKey()));
      writer.addDocument(marker(guide.getKey(), digests.get(guide.getKey())));
      entries += guide.getValue().size();
    }
    int reindexed = changed.size();
    int removed = 0;
    for (String key : indexed.keySet()) {
      if (!present.contains(key)) {
        writer.deleteDocuments(new Term(GUIDE, key));
        removed++;
      }
    }
    if (reindexed + removed > 0) {
      // Deleted entries still count in BM25 statistics and sit in the vector graph until their segment is merged.
      writer.forceMergeDeletes();
    }
    writer.commit();
    searchers.maybeRefreshBlocking();
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new SyncReport(library.guides().size(), reindexed, library.guides().size() - reindexed, removed, entries,
        vectors.embedded(), millis);
  }

  /**
   * The best entries for a request, best first. Each ranking looks at {@link #CANDIDATES} entries, whose scores are
   * measured in standard deviations from the mean of that ranking's candidates ({@link ScoreFusion}, which sums those
   * of both rankings in hybrid mode); each sum is multiplied by the entry's prior before the best are kept, so that a
   * fragment falls behind a complete endpoint it ties with. Standard scores put the prior on one scale whatever the
   * ranking, where BM25 scores and vector similarities have none.
   */
  public List<Hit> search(SearchRequest request) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      IndexReader.CacheKey reader = searcher.getIndexReader().getReaderCacheHelper().getKey();
      return recentResults.get(new ReaderRequest(reader, request), key -> List.copyOf(search(searcher, request)));
    } finally {
      searchers.release(searcher);
    }
  }

  /** A question with its misspelt words corrected from the index's words, as searches ask it. */
  String corrected(String question) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return spelling.corrected(searcher.getIndexReader(), question);
    } finally {
      searchers.release(searcher);
    }
  }

  private List<Hit> search(IndexSearcher searcher, SearchRequest request) throws IOException {
    // Both rankings ask the corrected question: a corrected word is one no entry holds, so its keyword term could
    // match nothing, and the sentence model reads a misspelt word as other word pieces than the right one.
    String text = abbreviations.expand(spelling.corrected(searcher.getIndexReader(), request.text()));
    Query filter = filter(request);
    Map<String, Float> priors = new HashMap<>();
    List<List<Hit>> rankings = switch (request.mode()) {
      case KEYWORDS -> List.of(keywords(searcher, text, request.kind(), filter, priors));
      case VECTORS -> List.of(vectors(searcher, text, request.kind(), filter, priors));
      case HYBRID -> List.of(keywords(searcher, text, request.kind(), filter, priors),
          vectors(searcher, text, request.kind(), filter, priors));
    };
    return weighted(ScoreFusion.fuse(rankings, CANDIDATES), priors, request.limit());
  }

  private List<Hit> keywords(IndexSearcher searcher, String text, EntryKind kind, Query filter,
      Map<String, Float> priors) throws IOException {
    List<String> terms = terms(text);
    if (terms.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    for (String term : terms) {
      words.add(new BoostQuery(new TermQuery(new Term(TITLE, term)), TITLE_BOOST), Occur.SHOULD);
      words.add(new TermQuery(new Term(TEXT, term)), Occur.SHOULD);
    }
    Query query = new BooleanQuery.Builder().add(words.build(), Occur.MUST).add(filter, Occur.FILTER).build();
    return hits(searcher, searcher.search(query, CANDIDATES).scoreDocs, kind, priors);
  }

  private List<Hit> vectors(IndexSearcher searcher, String text, EntryKind kind, Query filter,
      Map<String, Float> priors) throws IOException {
    if (text.isBlank()) {
      return List.of();
    }
    Query query = new KnnFloatVectorQuery(VECTOR, embedder.embed(text), CANDIDATES, filter);
    return hits(searcher, searcher.search(query, CANDIDATES).scoreDocs, kind, priors);
  }

  /** The hits, best first by score times prior, at most {@code limit}. */
  private static List<Hit> weighted(List<Hit> ranked, Map<String, Float> priors, int limit) {
    List<Hit> weighted = new ArrayList<>(ranked.size());
    for (Hit hit : ranked) {
      weighted.add(new Hit(hit.kind(), hit.id(), hit.score() * priors.getOrDefault(hit.id(), 1f)));
    }
    weighted.sort(Comparator.comparingDouble(Hit::score).reversed());
    return weighted.subList(0, Math.min(limit, weighted.size()));
  }

  /** Each hit's id and prior, from the table of the searcher's reader; the priors go to {@code priors}. */
  private List<Hit> hits(IndexSearcher searcher, ScoreDoc[] found, EntryKind kind, Map<String, Float> priors)
      throws IOException {
    EntryTables.Table table = entryTables.of(searcher.getIndexReader());
    List<Hit> hits = new ArrayList<>(found.length);
    for (ScoreDoc doc : found) {
      String id = table.ids()[doc.doc];
      if (id == null) {
        throw new IllegalStateException("index entry " + doc.doc + " has no id");
      }
      priors.put(id, table.priors()[doc.doc]);
      hits.add(new Hit(kind, id, doc.score));
    }
    return hits;
  }

  private static Query filter(SearchRequest request) {
    BooleanQuery.Builder filter = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(KIND, request.kind().name())), Occur.FILTER);
    if (!request.product().isEmpty()) {
      filter.add(new TermQuery(new Term(PRODUCT, request.product())), Occur.FILTER);
    }
    if (!request.version().isEmpty()) {
      filter.add(new TermQuery(new Term(VERSION, request.version())), Occur.FILTER);
    }
    return filter.build();
  }

  /** The distinct words of a query as the index spells them. */
  private List<String> terms(String text) throws IOException {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream stream = queryAnalyzer.tokenStream(TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return List.copyOf(terms);
  }

  /**
   * The vectors of entries' meanings by {@link KnownVectors#key}, and how many had to be computed: those the index did
   * not hold.
   */
  private record Vectors(Map<String, float[]> byKey, int embedded) {}

  private Vectors vectors(List<IndexEntry> entries) throws IOException {
    Map<String, String> meanings = new LinkedHashMap<>();
    entries.forEach(e -> meanings.putIfAbsent(KnownVectors.key(e.meaning()), e.meaning()));
    Map<String, float[]> vectors;
    IndexSearcher searcher = searchers.acquire();
    try {
      vectors = KnownVectors.find(searcher, MEANING, VECTOR, List.copyOf(meanings.keySet()));
    } finally {
      searchers.release(searcher);
    }
    meanings.keySet().removeAll(vectors.keySet());
    List<float[]> embedded = embedder.embedAll(List.copyOf(meanings.values()));
    int next = 0;
    for (String key : meanings.keySet()) {
      vectors.put(key, embedded.get(next++));
    }
    return new Vectors(vectors, meanings.size());
  }

  private static List<Document> documents(List<IndexEntry> entries, Map<String, float[]> vectors) {
    List<Document> documents = new ArrayList<>(entries.size());
    for (IndexEntry entry : entries) {
      String meaning = KnownVectors.key(entry.meaning());
      Document document = new Document();
      document.add(new StringField(KIND, entry.kind().name(), Field.Store.NO));
      document.add(new SortedDocValuesField(ID, new BytesRef(entry.id())));
      document.add(new StringField(GUIDE, entry.guide().key(), Field.Store.NO));
      document.add(new StringField(PRODUCT, entry.guide().product(), Field.Store.NO));
      document.add(new StringField(VERSION, entry.guide().version(), Field.Store.NO));
      document.add(new TextField(TITLE, entry.title(), Field.Store.NO));
      document.add(new TextField(TEXT, entry.text(), Field.Store.NO));
      document.add(new Field(WORDS, entry.title() + "\n" + entry.text(), WORDS_TYPE));
      document.add(new KnnFloatVectorField(VECTOR, vectors.get(meaning), VectorSimilarityFunction.COSINE));
      document.add(new StringField(MEANING, meaning, Field.Store.NO));
      document.add(new FloatDocValuesField(PRIOR, entry.prior()));
      documents.add(document);
    }
    return documents;
  }

  /** Words counted by the entries that hold them, no more: their frequencies and positions serve no ranking. */
  private static FieldType wordsType() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setOmitNorms(true);
    type.setIndexOptions(IndexOptions.DOCS);
    type.freeze();
    return type;
  }

  /** The document recording that a guide is indexed, and from what. */
  private static Document marker(String key, String digest) {
    Document document = new Document();
    document.add(new StringField(KIND, GUIDE_MARKER, Field.Store.NO));
    document.add(new StringField(GUIDE, key, Field.Store.YES));
    document.add(new StoredField(DIGEST, digest));
    return document;
  }

  private Map<String, String> indexedDigests() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      Query markers = new BooleanQuery.Builder()
          .add(new MatchAllDocsQuery(), Occur.MUST)
          .add(new TermQuery(new Term(KIND, GUIDE_MARKER)), Occur.FILTER)
          .build();
      ScoreDoc[] found = searcher.search(markers, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs;
      StoredFields fields = searcher.storedFields();
      Map<String, String> digests = new HashMap<>();
      for (ScoreDoc doc : found) {
        Document marker = fields.document(doc.doc);
        digests.put(marker.get(GUIDE), marker.get(DIGEST));
      }
      return digests;
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public void close() throws IOException {
    try (directory; writer; searchers) {
      writer.commit();
    }
  }
}
