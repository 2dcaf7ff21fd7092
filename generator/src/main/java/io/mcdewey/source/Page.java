package io.mcdewey.source;

import io.mcdewey.model.Provenance;
import java.util.Objects;

/**
 * A run of guide text with its provenance: one chunk of a chunk export, or one block of a markdown file.
 *
 * @param text the text as read
 * @param source where it was read; {@link Provenance#page()} is the page the input gives, if any
 * @param cutAtStart whether the input says the text misses its beginning
 * @param cutAtEnd whether the input says the text is cut short at its end
 */
public record Page(String text, Provenance source, boolean cutAtStart, boolean cutAtEnd) {

  public Page {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
  }
}
