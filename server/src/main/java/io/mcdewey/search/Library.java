package io.mcdewey.search;

import io.mcdewey.model.Api;
import io.mcdewey.parse.GuideParser;
import io.mcdewey.parse.Profile;
import io.mcdewey.parse.Profiles;
import io.mcdewey.source.GuideDocument;
import io.mcdewey.source.GuideReadException;
import io.mcdewey.source.GuideReader;
import io.mcdewey.source.InputLimit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every guide of a library folder, read and chunked, with lookups by chunk id and endpoint id. Ids are only ever
 * looked up here: nothing a caller passes is turned into a path.
 */
public final class Library {
  private static final Logger LOG = LoggerFactory.getLogger(Library.class);

  private final List<LibraryGuide> guides;
  private final List<String> problems;
  private final Map<String, Chunk> chunks = new LinkedHashMap<>();
  private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();
  private final Map<GuideId, LibraryGuide> byId = new LinkedHashMap<>();

  private Library(List<LibraryGuide> guides, List<String> problems) {
    List<LibraryGuide> kept = new ArrayList<>();
    List<String> found = new ArrayList<>(problems);
    for (LibraryGuide guide : guides) {
      if (byId.containsKey(guide.id())) {
        found.add(guide.file() + ": skipped, " + byId.get(guide.id()).file() + " is the same guide (" + guide.id()
            + ")");
        continue;
      }
      byId.put(guide.id(), guide);
      kept.add(guide);
      for (Chunk chunk : guide.chunks()) {
        if (chunks.putIfAbsent(chunk.id(), chunk) != null) {
          found.add(guide.file() + ": chunk id " + chunk.id() + " is used twice; the second is not searchable");
        }
      }
      guide.endpoints().forEach(e -> endpoints.put(e.id(), e));
    }
    this.guides = List.copyOf(kept);
    this.problems = List.copyOf(found);
  }

  /** The system property setting the most bytes the guide files of a library folder hold together. */
  public static final String LIMIT_PROPERTY = "mcdewey.maxLibrarySize";
  /** The environment variable setting it when the system property does not. */
  public static final String LIMIT_VARIABLE = "MCDEWEY_MAX_LIBRARY_SIZE";
  /**
   * The library limit unless one is set: eight guides at the input limit; the library is held in memory, and its
   * index and pages need several times its text.
   */
  public static final InputLimit DEFAULT_LIMIT = new InputLimit(512L << 20);

  /**
   * Reads every guide under {@code root}, a library folder (markdown guides and web pages in the library layout, and
   * chunk exports) or one chunk export, within the library limit the system property or the environment variable
   * sets. Guides of a folder that cannot be read are left out and named in {@link #problems()}.
   *
   * @throws GuideReadException when nothing can be read, or the guide files hold more than the limit together
   */
  public static Library read(Path root) throws GuideReadException {
    return read(root, InputLimit.configured(LIMIT_PROPERTY, LIMIT_VARIABLE, DEFAULT_LIMIT));
  }

  /** Like {@link #read(Path)}, within {@code limit}: the most bytes the guide files of a folder hold together. */
  public static Library read(Path root, InputLimit limit) throws GuideReadException {
    if (!Files.isDirectory(root)) {
      return of(new GuideReader().read(root));
    }
    LibraryFolder.Contents contents = LibraryFolder.read(root, limit);
    return of(contents.documents(), contents.problems());
  }

  /** A library of guides already read, each parsed with the profile it is detected to follow. */
  public static Library of(List<GuideDocument> documents) {
    return of(documents, List.of());
  }

  private static Library of(List<GuideDocument> documents, List<String> problems) {
    Profiles profiles = Profiles.builtIn();
    GuideParser parser = new GuideParser();
    List<LibraryGuide> guides = new ArrayList<>();
    List<String> found = new ArrayList<>(problems);
    for (GuideDocument document : documents) {
      GuideId id = new GuideId(document.product(), document.version(), document.name());
      try {
        Profile profile = profiles.detect(document);
        Api api = parser.parse(document, profile);
        guides.add(new LibraryGuide(id, document.file(), api, Chunker.chunks(document, id, profile)));
      } catch (RuntimeException e) {
        // A guide the parser cannot take is left out like one that cannot be read; the others are served.
        LOG.warn("reading {} failed", document.file(), e);
        found.add(document.file() + ": left out, reading it failed (the server's log says why)");
      }
    }
    return new Library(guides, found);
  }

  public List<LibraryGuide> guides() {
    return guides;
  }

  /** What was left out while assembling the library (duplicate guides and chunk ids), as messages naming files. */
  public List<String> problems() {
    return problems;
  }

  public Optional<LibraryGuide> guide(GuideId id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Optional<Chunk> chunk(String id) {
    return Optional.ofNullable(chunks.get(id));
  }

  public Optional<Endpoint> endpoint(String id) {
    return Optional.ofNullable(endpoints.get(id));
  }

  public int chunkCount() {
    return chunks.size();
  }

  public int endpointCount() {
    return endpoints.size();
  }

  /** The guide a chunk belongs to. */
  public LibraryGuide guideOf(Chunk chunk) {
    return byId.get(chunk.guide());
  }

  /** The chunk with up to {@code radius} chunks before and after it in its guide, in reading order. */
  public List<Chunk> around(Chunk chunk, int radius) {
    List<Chunk> all = guideOf(chunk).chunks();
    return all.subList(Math.max(0, chunk.ordinal() - radius), Math.min(all.size(), chunk.ordinal() + radius + 1));
  }

  /** The guides of one product, each release once, in library order. */
  public List<LibraryGuide> guidesOf(String product) {
    return guides.stream().filter(g -> g.id().product().equals(product)).toList();
  }
}
