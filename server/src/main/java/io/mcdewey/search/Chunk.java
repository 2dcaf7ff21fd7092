package io.mcdewey.search;

import java.util.Objects;

/**
 * A passage of a guide that search returns and that has a page of its own: one page of a chunk export, or a run of
 * blocks of a markdown guide or web page under one heading.
 *
 * @param id the chunk id: the export's own for chunk exports, {@code <guide stem>::<n>} for markdown guides and web
 *     pages
 * @param guide the guide the chunk belongs to
 * @param ordinal the chunk's position in its guide, from 0
 * @param page the printed guide's page number where the input gives one, else {@code null}
 * @param firstLine the 1-based line of the guide file where the chunk starts, or 0 when the input has no lines
 * @param lastLine the line where it ends, or 0
 * @param heading the heading the chunk stands under, empty when the input has none
 * @param text the chunk's text as read
 */
public record Chunk(String id, GuideId guide, int ordinal, Integer page, int firstLine, int lastLine, String heading,
    String text) {

  public Chunk {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(guide, "guide");
    heading = heading == null ? "" : heading;
    Objects.requireNonNull(text, "text");
  }

  /** Whether a model element read at {@code line} (or from the chunk {@code chunkId}) was read from this chunk. */
  boolean covers(String chunkId, int line) {
    if (chunkId != null) {
      return chunkId.equals(id);
    }
    return line > 0 && line >= firstLine && line <= lastLine;
  }
}
