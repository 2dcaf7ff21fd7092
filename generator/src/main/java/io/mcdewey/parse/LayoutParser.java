package io.mcdewey.parse;

import io.mcdewey.model.Operation;
import io.mcdewey.model.Schema;
import io.mcdewey.source.GuideDocument;
import java.util.List;

/** Reads the guides of one {@link Layout}. Implementations keep no state between calls. */
interface LayoutParser {

  /** What a layout parser found; the {@link GuideParser} completes it into an {@code Api}. */
  record Result(String title, String baseUri, List<Operation> operations, List<Schema> schemas) {}

  Result parse(GuideDocument guide, Profile profile, Diagnostics diagnostics);
}
