package io.mcdewey.model;

/**
 * Where an element of the model was read: the guide file, the page and chunk (when the input has them) and the line.
 *
 * @param file the guide's file or library path
 * @param page the page number the input gives, or {@code null} when it has none
 * @param chunkId the chunk id of a chunk export, or {@code null}
 * @param line the 1-based line in {@code file}, or 0 when the input has no lines of its own (chunk exports)
 */
public record Provenance(String file, Integer page, String chunkId, int line) {

  public Provenance {
    file = file == null ? "" : file;
  }

  /** A short human form, such as {@code guide.md:12 (page 45, chunk finesse::v12.5::...::29)}. */
  public String describe() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(':').append(line);
    }
    if (page != null || chunkId != null) {
      text.append(" (");
      if (page != null) {
        text.append("page ").append(page);
      }
      if (chunkId != null) {
        text.append(page != null ? ", " : "").append("chunk ").append(chunkId);
      }
      text.append(')');
    }
    return text.toString();
  }
}
