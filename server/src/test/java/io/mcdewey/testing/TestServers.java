package io.mcdewey.testing;

import io.mcdewey.mcp.PromptProvider;
import io.mcdewey.mcp.ResourceProvider;
import io.mcdewey.search.Library;
import io.mcdewey.search.LibrarySearch;
import io.mcdewey.search.SearchIndex;
import io.mcdewey.server.LibraryServer;
import io.mcdewey.server.ServerSettings;
import io.mcdewey.source.GuideReadException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Library servers on free loopback ports, started once per test run and stopped when it ends: one over three
 * releases of the Northwind sample, one over the shared corpus.
 */
public final class TestServers {
  private static URI northwind;
  private static URI corpus;
  private static URI troubled;

  private TestServers() {}

  /** The Northwind sample library (3.1, 4.0 and 4.1), always available. */
  public static synchronized URI northwind() {
    if (northwind == null) {
      try {
        Library library = Library.read(Samples.northwindLibrary());
        northwind = start(library, Path.of("target", "northwind-index"), ServerSettings.local(0));
      } catch (GuideReadException e) {
        throw new AssertionError(e.getMessage(), e);
      }
    }
    return northwind;
  }

  /**
   * Northwind 3.1 with two guides left out ({@link Samples#troubledLibrary()}), whose MCP sessions are therefore
   * sent two warnings; a resource provider that fails; keep-alives every 300 ms.
   */
  public static synchronized URI troubled() {
    if (troubled == null) {
      try {
        Library library = Library.read(Samples.troubledLibrary());
        troubled = start(library, Path.of("target", "troubled-index"),
            ServerSettings.local(0).withKeepAlive(Duration.ofMillis(300)), List.of(new FailingResources()),
            List.of());
      } catch (GuideReadException e) {
        throw new AssertionError(e.getMessage(), e);
      }
    }
    return troubled;
  }

  /** The shared corpus; skips or fails the test when it is missing. */
  public static synchronized URI corpus() {
    if (corpus == null) {
      corpus = serve(new LibrarySearch(CorpusLibrary.library(), CorpusLibrary.index()), ServerSettings.local(0),
          List.of(), List.of());
    }
    return corpus;
  }

  /** A server with its own settings over a library, with its index in {@code indexFolder}; stopped at exit. */
  public static URI start(Library library, Path indexFolder, ServerSettings settings) {
    return start(library, indexFolder, settings, List.of(), List.of());
  }

  /** A server with resources and prompts besides the library's. */
  public static URI start(Library library, Path indexFolder, ServerSettings settings,
      List<ResourceProvider> resources, List<PromptProvider> prompts) {
    try {
      SearchIndex index = SearchIndex.open(indexFolder, CorpusLibrary.embedder());
      index.sync(library);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          index.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }));
      return serve(new LibrarySearch(library, index), settings, resources, prompts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static URI serve(LibrarySearch search, ServerSettings settings, List<ResourceProvider> resources,
      List<PromptProvider> prompts) {
    try {
      LibraryServer server = LibraryServer.start(search, settings, "test", resources, prompts);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }));
      return server.uri();
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the library server: " + e.getMessage(), e);
    }
  }
}
