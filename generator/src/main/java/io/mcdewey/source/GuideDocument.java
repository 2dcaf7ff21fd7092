package io.mcdewey.source;

import java.util.List;
import java.util.Objects;

/**
 * One guide as read from its input.
 *
 * @param file the path the guide was read from, as the user gave it (or its library path for chunk exports)
 * @param product the product, from the library path; empty when unknown
 * @param version the release, from the library path; empty when unknown
 * @param name the document name, from the library path or the file name
 * @param markdown the whole markdown text for markdown inputs; {@code null} for other inputs
 * @param html the whole HTML text for web pages; {@code null} for other inputs
 * @param pages the guide's text in reading order, with provenance: for a web page, its visible text
 */
public record GuideDocument(
    String file, String product, String version, String name, String markdown, String html, List<Page> pages) {

  public GuideDocument {
    Objects.requireNonNull(file, "file");
    if (markdown != null && html != null) {
      throw new IllegalArgumentException(file + ": a guide is read from markdown or from HTML, not both");
    }
    product = product == null ? "" : product;
    version = version == null ? "" : version;
    name = name == null ? "" : name;
    pages = List.copyOf(pages);
  }

  /** A guide read from markdown, or from a chunk export when {@code markdown} is {@code null}. */
  public GuideDocument(String file, String product, String version, String name, String markdown, List<Page> pages) {
    this(file, product, version, name, markdown, null, pages);
  }

  /** Whether the guide was read from a chunk export, whose pages are its chunks rather than parts of one file. */
  public boolean isChunkExport() {
    return markdown == null && html == null;
  }

  /** All page text, for profile detection. */
  public String allText() {
    if (markdown != null) {
      return markdown;
    }
    StringBuilder text = new StringBuilder();
    for (Page page : pages) {
      text.append(page.text()).append('\n');
    }
    return text.toString();
  }
}
