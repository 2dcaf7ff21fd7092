package io.mcdewey.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Searches a library through its index and returns the chunks and endpoints found, best first. */
public final class LibrarySearch {
  private final Library library;
  private final SearchIndex index;

  public LibrarySearch(Library library, SearchIndex index) {
    this.library = library;
    this.index = index;
  }

  public Library library() {
    return library;
  }

  public List<Found<Chunk>> chunks(String text, String product, String version, int limit) throws IOException {
    return find(new SearchRequest(text, EntryKind.CHUNK, product, version, limit, SearchMode.HYBRID), library::chunk);
  }

  public List<Found<Endpoint>> endpoints(String text, String product, String version, int limit)
      throws IOException {
    return find(new SearchRequest(text, EntryKind.ENDPOINT, product, version, limit, SearchMode.HYBRID),
        library::endpoint);
  }

  /** Hits whose entry is no longer in the library (the index may briefly be ahead of it) are left out. */
  private <T> List<Found<T>> find(SearchRequest request, Function<String, Optional<T>> lookup) throws IOException {
    List<Found<T>> found = new ArrayList<>();
    for (Hit hit : index.search(request)) {
      lookup.apply(hit.id()).ifPresent(item -> found.add(new Found<>(item, hit.score())));
    }
    return found;
  }
}
