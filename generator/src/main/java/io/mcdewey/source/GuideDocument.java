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
 * @param markdown the whole markdown text for markdown inputs; {@code null} for chunk exports
 * @param pages the guide's text in reading order, with provenance
 */
public record GuideDocument(
    String file, String product, String version, String name, String markdown, List<Page> pages) {

  public GuideDocument {
    Objects.requireNonNull(file, "file");
    product = product == null ? "" : product;
    version = version == null ? "" : version;
    name = name == null ? "" : name;
    pages = List.copyOf(pages);
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
