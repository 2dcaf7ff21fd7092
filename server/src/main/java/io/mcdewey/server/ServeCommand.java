package io.mcdewey.server;

import io.mcdewey.cli.Arguments;
import io.mcdewey.cli.Command;
import io.mcdewey.cli.CommandException;
import io.mcdewey.cli.ExitCode;
import io.mcdewey.cli.Option;
import io.mcdewey.cli.UsageException;
import io.mcdewey.cli.Version;
import io.mcdewey.search.CachingEmbedder;
import io.mcdewey.search.Embedder;
import io.mcdewey.search.Library;
import io.mcdewey.search.LibrarySearch;
import io.mcdewey.search.MiniLmEmbedder;
import io.mcdewey.search.SearchIndex;
import io.mcdewey.source.GuideReadException;
import io.mcdewey.source.InputLimit;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** {@code mcdewey serve}: indexes a library folder and serves its pages, search and MCP endpoint. */
public final class ServeCommand implements Command {
  static final Option LIBRARY = Option.valued("library", "DIR", "the library folder to serve (required)");
  static final Option HOST = Option.valued("host", "ADDRESS",
      "the address to listen on (default 127.0.0.1, this machine only)");
  static final Option PORT = Option.valued("port", "PORT", "the port to listen on (default 8080; 0 for any free one)");
  static final Option INDEX = Option.valued("index", "DIR",
      "where to keep the search index (default ~/.cache/mcdewey/index-<hash of the library path>)");
  static final Option ALLOW_HOST = Option.valued("allow-host", "NAMES",
      "comma-separated host names, besides the loopback ones, that requests may address (NAME or NAME:PORT)");
  static final Option ALLOW_ORIGIN = Option.valued("allow-origin", "ORIGINS",
      "comma-separated web origins, besides the server's own, whose pages may call it");
  static final Option MAX_LIBRARY_SIZE = Option.valued("max-library-size", "SIZE",
      "refuse a library whose guide files hold more than SIZE together (bytes, or with K, M or G; default "
          + Library.DEFAULT_LIMIT + ", or what " + Library.LIMIT_VARIABLE + " says)");

  /** The environment variable holding the bearer token, kept out of the command line and so of process lists. */
  static final String TOKEN_VARIABLE = "MCDEWEY_TOKEN";
  static final int DEFAULT_PORT = 8080;
  /** How many questions' vectors the server remembers. */
  static final int RECENT_QUESTIONS = 4096;

  @Override
  public String name() {
    return "serve";
  }

  @Override
  public String summary() {
    return "serve a library of guides: search, a page per chunk, and an MCP endpoint";
  }

  @Override
  public List<String> positionals() {
    return List.of();
  }

  @Override
  public String description() {
    return "Reads every guide of the library folder (<product>/<version>/<doc>/<doc>.md or .html files and chunk"
        + " exports),"
        + " brings the search index up to date (only guides that changed are embedded again) and serves, until"
        + " stopped: the search page at /, a page per chunk at /c/<chunk id>, JSON search at /api/search?q=, and"
        + " MCP (Streamable HTTP) at /mcp.\n\nRequests must address the server by a loopback name or an allowed host,"
        + " and come from its own pages or an allowed origin. When the environment variable " + TOKEN_VARIABLE
        + " is set, every request must carry it as 'Authorization: Bearer <token>'.";
  }

  @Override
  public List<Option> options() {
    return List.of(LIBRARY, HOST, PORT, INDEX, ALLOW_HOST, ALLOW_ORIGIN, MAX_LIBRARY_SIZE);
  }

  @Override
  public int run(Arguments arguments, PrintStream out, PrintStream err) throws CommandException {
    Path folder = Path.of(arguments.required(LIBRARY));
    ServerSettings settings = new ServerSettings(arguments.value(HOST).orElse(ServerSettings.LOOPBACK),
        port(arguments), System.getenv(TOKEN_VARIABLE), list(arguments, ALLOW_HOST), list(arguments, ALLOW_ORIGIN),
        ServerSettings.MAX_REQUEST_BYTES, ServerSettings.KEEP_ALIVE);
    Library library;
    try {
      Optional<String> size = arguments.value(MAX_LIBRARY_SIZE);
      library = size.isEmpty() ? Library.read(folder)
          : Library.read(folder, InputLimit.parse(size.get(), "--max-library-size"));
    } catch (GuideReadException e) {
      throw new CommandException(e.getMessage());
    }
    library.problems().forEach(p -> err.println("warning: " + p));
    Path indexFolder = arguments.value(INDEX).map(Path::of).orElseGet(() -> defaultIndex(folder));
    Embedder embedder = new CachingEmbedder(new MiniLmEmbedder(), RECENT_QUESTIONS);
    try (SearchIndex index = SearchIndex.open(indexFolder, embedder)) {
      out.println("index " + indexFolder + ": " + index.sync(library));
      try (LibraryServer server = LibraryServer.start(new LibrarySearch(library, index), settings,
          Version.current())) {
        int guides = library.guides().size();
        out.println("serving " + guides + (guides == 1 ? " guide (" : " guides (") + library.chunkCount() + " chunks, "
            + library.endpointCount() + " endpoints) at " + server.uri() + "; MCP at "
            + server.uri().resolve(ServerPaths.MCP)
            + (settings.token() == null ? "" : "; bearer token required"));
        out.flush();
        server.join();
      }
    } catch (IOException e) {
      throw new CommandException(e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      throw new CommandException("cannot serve on " + settings.host() + ":" + settings.port() + ": " + e.getMessage());
    }
    return ExitCode.OK;
  }

  private static int port(Arguments arguments) throws UsageException {
    String value = arguments.value(PORT).orElse(String.valueOf(DEFAULT_PORT));
    try {
      int port = Integer.parseInt(value);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // falls through to the message
    }
    throw new UsageException("--port must be a number from 0 to 65535; got '" + value + "'");
  }

  private static List<String> list(Arguments arguments, Option option) {
    return arguments.value(option).map(v -> Arrays.stream(v.split(",")).map(String::strip)
        .filter(s -> !s.isEmpty()).toList()).orElse(List.of());
  }

  /** A folder per library under the user's cache, so that two libraries never share an index. */
  static Path defaultIndex(Path library) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(library.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
      String cache = System.getenv("XDG_CACHE_HOME");
      Path base = cache != null && !cache.isBlank() ? Path.of(cache)
          : Path.of(System.getProperty("user.home"), ".cache");
      return base.resolve("mcdewey").resolve("index-" + HexFormat.of().formatHex(digest, 0, 6));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
