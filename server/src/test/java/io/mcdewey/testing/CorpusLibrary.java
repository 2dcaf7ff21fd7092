package io.mcdewey.testing;

import io.mcdewey.search.Embedder;
import io.mcdewey.search.Library;
import io.mcdewey.search.MiniLmEmbedder;
import io.mcdewey.search.SearchIndex;
import io.mcdewey.source.GuideReadException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * The shared corpus laid out as a library (the vendor pages get library paths of their own), with the Northwind
 * sample guide of this repository, read once per test run, with one search index in {@code target/corpus-index}. The index is kept between runs: an unchanged library is not
 * embedded again, so only the first test class to use it pays for embedding.
 */
public final class CorpusLibrary {
  /** Where each corpus file goes in the library. Chunk exports name their own product and release. */
  private static final Map<String, String> LAYOUT = Map.of(
      "finesse-v12.5/chunks.jsonl", "finesse-v12.5.jsonl",
      "cucm-v15/chunks.jsonl", "cucm-v15.jsonl",
      "vendors/multitech-faxfinder/guide.md", "faxfinder/v1/web-services-api/web-services-api.md",
      "vendors/litmos-training-operations/guide.md",
      "litmos/current/training-operations-api/training-operations-api.md");
  /** Files of this repository that join the library, and where. */
  private static final Map<String, String> SAMPLES = Map.of(
      "samples/guides/library/northwind/v3.1/contact-center-guide/contact-center-guide.md",
      "northwind/v3.1/contact-center-guide/contact-center-guide.md");

  private static Library library;
  private static SearchIndex index;
  private static Embedder embedder;

  private CorpusLibrary() {}

  /** The corpus's library folder under {@code target/}; skips or fails the test when the corpus is missing. */
  public static synchronized Path folder() {
    String corpus = System.getProperty("mcdewey.corpus");
    Prerequisites.require(corpus != null && Files.isDirectory(Path.of(corpus)),
        "the shared corpus is not at " + corpus + " (system property mcdewey.corpus)");
    Path folder = Path.of("target", "corpus-library");
    try {
      for (Map.Entry<String, String> entry : LAYOUT.entrySet()) {
        Path target = folder.resolve(entry.getValue());
        Files.createDirectories(target.getParent());
        Files.copy(Path.of(corpus).resolve(entry.getKey()), target, StandardCopyOption.REPLACE_EXISTING);
      }
      for (Map.Entry<String, String> entry : SAMPLES.entrySet()) {
        Path target = folder.resolve(entry.getValue());
        Files.createDirectories(target.getParent());
        Files.copy(Samples.repository(entry.getKey()), target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folder;
  }

  public static synchronized Library library() {
    if (library == null) {
      try {
        library = Library.read(folder());
      } catch (GuideReadException e) {
        throw new AssertionError(e.getMessage(), e);
      }
    }
    return library;
  }

  /** The embedder every test shares: loading the model takes a second or two. */
  public static synchronized Embedder embedder() {
    if (embedder == null) {
      embedder = new MiniLmEmbedder();
    }
    return embedder;
  }

  /** The corpus's index, up to date with the library; closed when the test run ends. */
  public static synchronized SearchIndex index() {
    if (index == null) {
      try {
        index = SearchIndex.open(Path.of("target", "corpus-index"), embedder());
        System.out.println("corpus index: " + index.sync(library()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(CorpusLibrary::closeIndex));
    }
    return index;
  }

  private static synchronized void closeIndex() {
    try {
      index.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
