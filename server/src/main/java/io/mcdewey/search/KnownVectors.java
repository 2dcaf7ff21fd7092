package io.mcdewey.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Finds again the vectors an index already holds for some texts: a guide that changed keeps most of its pages, a new
 * release of a guide most of the last one's, and the vector of one text by one model is always the same. Embedding
 * is nearly all the work of indexing, so only texts the index has never seen are embedded. Each entry is written
 * with its text's {@link #key}, an indexed word of its own field.
 */
final class KnownVectors {
  private KnownVectors() {}

  /** A text's digest, with which its vector is found again. */
  static String key(String text) {
    byte[] digest = GuideDigest.sha256().digest(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, 16);
  }

  /** The vectors in {@code vectorField} of the documents whose {@code keyField} holds one of {@code keys}. */
  static Map<String, float[]> find(IndexSearcher searcher, String keyField, String vectorField, List<String> keys)
      throws IOException {
    Map<String, float[]> known = new HashMap<>();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (String key : keys) {
      if (known.containsKey(key)) {
        continue;
      }
      ScoreDoc[] found = searcher.search(new TermQuery(new Term(keyField, key)), 1).scoreDocs;
      if (found.length == 0) {
        continue;
      }
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(found[0].doc, leaves));
      int local = found[0].doc - leaf.docBase;
      FloatVectorValues values = leaf.reader().getFloatVectorValues(vectorField);
      if (values != null && values.advance(local) == local) {
        known.put(key, values.vectorValue().clone());
      }
    }
    return known;
  }
}
