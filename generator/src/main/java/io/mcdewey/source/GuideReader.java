package io.mcdewey.source;

import io.mcdewey.json.Json;
import io.mcdewey.json.JsonException;
import io.mcdewey.model.Provenance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the input forms: a markdown guide file, a web page ({@code .html}, {@code .htm}), a chunk export (JSON Lines,
 * one page chunk per line), and a library folder laid out {@code <product>/<version>/<doc>/<doc>.md} (or
 * {@code <doc>.html}) that may also hold chunk exports.
 */
public final class GuideReader {

  private static final String CHUNK_EXPORT_SUFFIX = ".jsonl";

  /** The limit each file is read within; {@code null} for the one the system property or environment sets. */
  private final InputLimit limit;

  /** A reader within the limit the system property or environment variable sets ({@link InputLimit#configured}). */
  public GuideReader() {
    this.limit = null;
  }

  /** A reader within {@code limit}. */
  public GuideReader(InputLimit limit) {
    this.limit = limit;
  }

  /** Reads every guide the input holds, in a stable order. */
  public List<GuideDocument> read(Path input) throws GuideReadException {
    return read(input, input.toString());
  }

  /**
   * Reads every guide the input holds, naming it {@code display} in provenance and messages: a build tool passes a
   * path relative to its project, so that output does not depend on where the project is checked out.
   */
  public List<GuideDocument> read(Path input, String display) throws GuideReadException {
    if (!Files.exists(input)) {
      throw new GuideReadException(display + ": no such file or directory");
    }
    if (Files.isDirectory(input)) {
      return readLibrary(input, display);
    }
    if (input.getFileName().toString().endsWith(CHUNK_EXPORT_SUFFIX)) {
      return readChunkExport(input, display);
    }
    return List.of(readGuideFile(input, display));
  }

  private List<GuideDocument> readLibrary(Path root, String rootDisplay) throws GuideReadException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root, 6)) {
      files = walk.filter(Files::isRegularFile)
          .filter(p -> isLibraryGuide(root, p) || isChunkExport(p))
          .sorted(Comparator.comparing(p -> root.relativize(p).toString().replace('\\', '/')))
          .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new GuideReadException(root + ": cannot list the library: " + e.getMessage(), e);
    }
    if (files.isEmpty()) {
      throw new GuideReadException(root + ": no guide found; a library holds <product>/<version>/<doc>/<doc>.md (or"
          + " .html) files or chunk exports (*.jsonl records with a chunk_id)");
    }
    List<GuideDocument> guides = new ArrayList<>();
    for (Path file : files) {
      String display = Path.of(rootDisplay).resolve(root.relativize(file)).toString();
      if (file.getFileName().toString().endsWith(CHUNK_EXPORT_SUFFIX)) {
        guides.addAll(readChunkExport(file, display));
      } else {
        guides.add(readGuideFile(file, display));
      }
    }
    return guides;
  }

  /**
   * Whether a JSON Lines file in a library is a chunk export: its first record has a {@code chunk_id}. A library may
   * keep other JSON Lines files (answer keys, logs) beside its guides.
   */
  private static boolean isChunkExport(Path file) {
    if (!file.getFileName().toString().endsWith(CHUNK_EXPORT_SUFFIX)) {
      return false;
    }
    try (java.io.BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = lines.readLine();
      while (line != null && line.isBlank()) {
        line = lines.readLine();
      }
      return line != null && Json.parseObject(line).containsKey("chunk_id");
    } catch (IOException | JsonException | java.io.UncheckedIOException e) {
      return false;
    }
  }

  private static boolean isLibraryGuide(Path root, Path file) {
    LibraryPath place = LibraryPath.parse(root.relativize(file).toString());
    String name = file.getFileName().toString();
    return place != null
        && (name.endsWith(".md") || name.endsWith(".adoc") || name.endsWith(".rst") || HtmlPages.isHtml(name));
  }

  /** Reads one guide file: a web page by its name, any other file as markdown (or AsciiDoc, read as text). */
  public GuideDocument readGuideFile(Path file, String display) throws GuideReadException {
    return HtmlPages.isHtml(file.getFileName().toString()) ? readHtml(file, display) : readMarkdown(file, display);
  }

  /** Reads one markdown guide; its blocks (runs of lines between blank lines) become the pages. */
  public GuideDocument readMarkdown(Path file, String display) throws GuideReadException {
    String text = bytes().text(file, display);
    LibraryPath place = LibraryPath.parse(file.toAbsolutePath().toString());
    return new GuideDocument(display, place == null ? "" : place.product(), place == null ? "" : place.version(),
        documentName(file, place), text, markdownBlocks(text, display));
  }

  /**
   * Reads one web page, in the charset its {@code <meta>} declares (UTF-8 when none); its visible text, cut at blank
   * lines and headings, becomes the pages.
   */
  public GuideDocument readHtml(Path file, String display) throws GuideReadException {
    GuideBytes reading = bytes();
    byte[] bytes = reading.read(file, display);
    String html = GuideBytes.decode(bytes, HtmlPages.declaredCharset(bytes), display);
    LibraryPath place = LibraryPath.parse(file.toAbsolutePath().toString());
    return new GuideDocument(display, place == null ? "" : place.product(), place == null ? "" : place.version(),
        documentName(file, place), null, html, HtmlPages.pages(html, display));
  }

  private static String documentName(Path file, LibraryPath place) {
    return place != null ? place.document() : stripExtension(file.getFileName().toString());
  }

  private static List<Page> markdownBlocks(String text, String display) {
    List<Page> pages = new ArrayList<>();
    String[] lines = text.lines().toArray(String[]::new);
    StringBuilder block = new StringBuilder();
    int blockStart = 0;
    for (int i = 0; i <= lines.length; i++) {
      boolean blank = i == lines.length || lines[i].isBlank();
      if (blank) {
        if (block.length() > 0) {
          pages.add(new Page(block.toString(), new Provenance(display, null, null, blockStart), false, false));
          block.setLength(0);
        }
      } else {
        if (block.length() == 0) {
          blockStart = i + 1;
        } else {
          block.append('\n');
        }
        block.append(lines[i]);
      }
    }
    return pages;
  }

  /** Reads a chunk export; chunks of different {@code source}s become different guides. */
  public List<GuideDocument> readChunkExport(Path file, String display) throws GuideReadException {
    String text = bytes().text(file, display);
    Map<String, List<Chunk>> bySource = new LinkedHashMap<>();
    String[] lines = text.lines().toArray(String[]::new);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      Chunk chunk = chunk(lines[i], display, i + 1);
      bySource.computeIfAbsent(chunk.source, s -> new ArrayList<>()).add(chunk);
    }
    if (bySource.isEmpty()) {
      throw new GuideReadException(display + ": the chunk export holds no chunk");
    }
    List<GuideDocument> guides = new ArrayList<>();
    for (Map.Entry<String, List<Chunk>> entry : bySource.entrySet()) {
      List<Chunk> chunks = new ArrayList<>(entry.getValue());
      chunks.sort(Comparator.comparingLong((Chunk c) -> c.order).thenComparingInt(c -> c.line));
      List<Page> pages = new ArrayList<>();
      for (Chunk c : chunks) {
        pages.add(new Page(c.text, new Provenance(display, c.page, c.id, c.line), !c.completeStart, !c.completeEnd));
      }
      LibraryPath place = LibraryPath.parse(entry.getKey());
      String name = place != null ? place.document() : stripExtension(Path.of(display).getFileName().toString());
      guides.add(new GuideDocument(display, place == null ? "" : place.product(),
          place == null ? "" : place.version(), name, null, pages));
    }
    return guides;
  }

  private record Chunk(String id, String source, Integer page, String text, boolean completeStart,
      boolean completeEnd, long order, int line) {}

  private static Chunk chunk(String line, String display, int lineNumber) throws GuideReadException {
    Map<String, Object> record;
    try {
      record = Json.parseObject(line);
    } catch (JsonException e) {
      throw new GuideReadException(display + ":" + lineNumber + ": not a JSON chunk record: " + e.getMessage());
    }
    String id = stringField(record, "chunk_id", display, lineNumber, true);
    String text = stringField(record, "text", display, lineNumber, true);
    String source = stringField(record, "source", display, lineNumber, false);
    Object page = record.get("page");
    if (page != null && !(page instanceof Long number && number >= 0 && number <= Integer.MAX_VALUE)) {
      throw new GuideReadException(display + ":" + lineNumber + ": field 'page' must be a whole number from 0 to "
          + Integer.MAX_VALUE + " or null, not " + page);
    }
    Integer pageNumber = page == null ? null : ((Long) page).intValue();
    return new Chunk(id, source == null ? "" : source, pageNumber, text,
        !Boolean.FALSE.equals(record.get("complete_start")), !Boolean.FALSE.equals(record.get("complete_end")),
        chunkOrder(id, pageNumber, lineNumber), lineNumber);
  }

  /** Orders chunks by the number ending their id, else by page, else by line; exports may come shuffled. */
  private static long chunkOrder(String id, Integer page, int line) {
    int sep = id.lastIndexOf("::");
    String tail = sep >= 0 ? id.substring(sep + 2) : id;
    if (tail.matches("\\d{1,9}")) {
      return Long.parseLong(tail);
    }
    return page != null ? page : line;
  }

  private static String stringField(Map<String, Object> record, String name, String display, int line,
      boolean required) throws GuideReadException {
    Object value = record.get(name);
    if (value == null) {
      if (required) {
        throw new GuideReadException(display + ":" + line + ": chunk record has no '" + name + "' field");
      }
      return null;
    }
    if (!(value instanceof String s)) {
      throw new GuideReadException(display + ":" + line + ": field '" + name + "' must be a string");
    }
    return s;
  }

  private GuideBytes bytes() throws GuideReadException {
    return new GuideBytes(limit != null ? limit : InputLimit.configured());
  }

  private static String stripExtension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
