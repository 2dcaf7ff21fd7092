package io.mcdewey.bench;

import io.mcdewey.cli.TextTable;
import io.mcdewey.search.EntryKind;
import io.mcdewey.search.Library;
import io.mcdewey.search.MiniLmEmbedder;
import io.mcdewey.search.SearchIndex;
import io.mcdewey.search.SearchMode;
import io.mcdewey.search.SearchQuality;
import io.mcdewey.search.SearchQuality.Question;
import io.mcdewey.search.SearchQuality.Score;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Search quality of each ranking over a library and questions whose answers are known: recall@5 and MRR for all
 * questions, for the endpoint questions and for the page questions. Prints figures; asserts nothing.
 *
 * <p>Usage: {@code bench/search-quality} (which lays out the shared corpus and the Northwind sample as a library),
 * or {@code java ... SearchQualityBenchmark LIBRARY QUESTIONS.jsonl}.
 */
public final class SearchQualityBenchmark {
  private SearchQualityBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: SearchQualityBenchmark LIBRARY QUESTIONS.jsonl");
      System.exit(2);
    }
    Library library = Library.read(Path.of(args[0]));
    List<Question> questions = SearchQuality.read(Files.readString(Path.of(args[1])));
    Path indexFolder = Files.createTempDirectory("mcdewey-quality-index");
    TextTable figures = new TextTable("ranking", "all: recall@5", "MRR", "endpoints: recall@5", "MRR",
        "pages: recall@5", "MRR").alignRight(1, 2, 3, 4, 5, 6);
    TextTable bySet = new TextTable("set", "questions", "ranking", "endpoints: recall@5", "MRR", "pages: recall@5",
        "MRR").alignRight(1, 3, 4, 5, 6);
    List<String> sets = questions.stream().map(Question::set).distinct().toList();
    try (SearchIndex index = SearchIndex.open(indexFolder, new MiniLmEmbedder())) {
      System.err.println("index: " + index.sync(library));
      for (SearchMode mode : SearchMode.values()) {
        Score all = SearchQuality.score(index, questions, mode);
        Score endpoints = SearchQuality.score(index, of(questions, EntryKind.ENDPOINT), mode);
        Score pages = SearchQuality.score(index, of(questions, EntryKind.CHUNK), mode);
        figures.add(mode.name().toLowerCase(Locale.ROOT), figure(all.recall()), figure(all.mrr()),
            figure(endpoints.recall()), figure(endpoints.mrr()), figure(pages.recall()), figure(pages.mrr()));
      }
      for (String set : sets) {
        List<Question> ofSet = questions.stream().filter(q -> q.set().equals(set)).toList();
        for (SearchMode mode : List.of(SearchMode.KEYWORDS, SearchMode.HYBRID)) {
          Score endpoints = SearchQuality.score(index, of(ofSet, EntryKind.ENDPOINT), mode);
          Score pages = SearchQuality.score(index, of(ofSet, EntryKind.CHUNK), mode);
          bySet.add(set, ofSet.size() + "", mode.name().toLowerCase(Locale.ROOT), figure(endpoints.recall()),
              figure(endpoints.mrr()), figure(pages.recall()), figure(pages.mrr()));
        }
      }
    }
    System.out.println("search quality: " + questions.size() + " questions (" + of(questions, EntryKind.ENDPOINT)
        .size() + " about endpoints, " + of(questions, EntryKind.CHUNK).size() + " about pages) over "
        + library.guides().size() + " guides");
    System.out.print(figures.render(""));
    System.out.println("\nby set of questions (holdout, holdout2: each written before a round of tuning and never"
        + " tuned on)");
    System.out.print(bySet.render(""));
  }

  private static List<Question> of(List<Question> questions, EntryKind kind) {
    return questions.stream().filter(q -> q.kind() == kind).toList();
  }

  private static String figure(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
