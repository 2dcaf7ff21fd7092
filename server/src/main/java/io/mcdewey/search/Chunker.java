package io.mcdewey.search;

import io.mcdewey.parse.Profile;
import io.mcdewey.parse.ProfilePattern;
import io.mcdewey.source.GuideDocument;
import io.mcdewey.source.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Splits a guide into {@link Chunk}s. A chunk export is already chunked: each page keeps its id and page number. A
 * markdown guide or a web page is cut at its headings, and a long section again between blocks, so that a chunk is
 * about one thing and short enough to read on one screen; a web page's blocks are its visible text, headings marked
 * as in markdown.
 */
final class Chunker {
  /** A chunk of a markdown guide or web page grows by whole blocks up to about this many characters. */
  static final int TARGET_CHARS = 1500;
  /** A chunk shorter than this takes the next block even past the target, so a heading stays with its text. */
  static final int MIN_CHARS = 200;

  private Chunker() {}

  /** The chunks of a guide read with {@code profile}, whose running footers name the section of each printed page. */
  static List<Chunk> chunks(GuideDocument guide, GuideId id, Profile profile) {
    return guide.isChunkExport() ? exported(guide, id, profile) : sections(guide, id);
  }

  private static List<Chunk> exported(GuideDocument guide, GuideId id, Profile profile) {
    List<Chunk> chunks = new ArrayList<>();
    for (Page page : guide.pages()) {
      String chunkId = page.source().chunkId() != null ? page.source().chunkId()
          : id.stem() + "::" + (chunks.size() + 1);
      chunks.add(new Chunk(chunkId, id, chunks.size(), page.source().page(), 0, 0, footerSection(page.text(), profile),
          page.text()));
    }
    return chunks;
  }

  /**
   * The section a printed page's running footer names ({@code Cisco Finesse Desktop APIs User—Sign In to Finesse}),
   * the heading of a page that has none of its own; empty when the profile knows no footer or the page has none.
   */
  static String footerSection(String text, Profile profile) {
    String section = "";
    for (ProfilePattern footer : profile.pageFooters()) {
      if (!footer.pattern().contains("(?<section>")) {
        continue;
      }
      Matcher matcher = footer.matcher(text);
      while (matcher.find()) {
        section = matcher.group("section") == null ? "" : matcher.group("section");
      }
    }
    for (ProfilePattern furniture : profile.furniture()) {
      section = furniture.matcher(section).replaceAll(" ");
    }
    return section.replaceAll("\\s+", " ").strip();
  }

  private static List<Chunk> sections(GuideDocument guide, GuideId id) {
    List<Chunk> chunks = new ArrayList<>();
    Run run = null;
    String heading = "";
    for (Page block : guide.pages()) {
      boolean startsSection = block.text().startsWith("#");
      if (startsSection) {
        heading = block.text().lines().findFirst().orElse("").replaceFirst("^#+\\s*", "").strip();
      }
      boolean full = run != null && run.text.length() >= MIN_CHARS
          && run.text.length() + block.text().length() > TARGET_CHARS;
      if (run != null && (startsSection || full)) {
        chunks.add(run.toChunk(id, chunks.size()));
        run = null;
      }
      if (run == null) {
        run = new Run(heading, block.source().line());
      }
      run.add(block);
    }
    if (run != null) {
      chunks.add(run.toChunk(id, chunks.size()));
    }
    return chunks;
  }

  /** The blocks of a chunk being collected. */
  private static final class Run {
    private final String heading;
    private final int firstLine;
    private final StringBuilder text = new StringBuilder();
    private int lastLine;

    Run(String heading, int firstLine) {
      this.heading = heading;
      this.firstLine = firstLine;
    }

    void add(Page block) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      text.append(block.text());
      lastLine = block.source().line() + (int) block.text().lines().count() - 1;
    }

    Chunk toChunk(GuideId id, int ordinal) {
      return new Chunk(id.stem() + "::" + (ordinal + 1), id, ordinal, null, firstLine, lastLine, heading,
          text.toString());
    }
  }
}
