package io.mcdewey.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The id and prior of every entry of an index reader, by document number, read from doc values once per reader (once
 * per sync) and kept until the reader closes: every search asks for those of about a hundred hits, and reading them
 * from doc values each time cost more than the search itself.
 */
final class EntryTables {
  /** The ids ({@code null} where a document is no entry) and priors of a reader's documents. */
  record Table(String[] ids, float[] priors) {}

  private final String idField;
  private final String priorField;
  private final Map<IndexReader.CacheKey, Table> tables = new ConcurrentHashMap<>();

  EntryTables(String idField, String priorField) {
    this.idField = idField;
    this.priorField = priorField;
  }

  Table of(IndexReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    Table known = tables.get(helper.getKey());
    if (known != null) {
      return known;
    }
    String[] ids = new String[reader.maxDoc()];
    float[] priors = new float[reader.maxDoc()];
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedDocValues idValues = DocValues.getSorted(leaf.reader(), idField);
      for (int doc = idValues.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = idValues.nextDoc()) {
        ids[leaf.docBase + doc] = idValues.lookupOrd(idValues.ordValue()).utf8ToString();
      }
      NumericDocValues priorValues = DocValues.getNumeric(leaf.reader(), priorField);
      for (int doc = priorValues.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = priorValues.nextDoc()) {
        priors[leaf.docBase + doc] = Float.intBitsToFloat((int) priorValues.longValue());
      }
    }
    Table table = new Table(ids, priors);
    if (tables.putIfAbsent(helper.getKey(), table) == null) {
      helper.addClosedListener(tables::remove);
    }
    return table;
  }
}
