package io.mcdewey.parse;

import io.mcdewey.source.GuideDocument;
import java.util.List;

/** Reads ordinary markdown API documentation. */
final class MarkdownParser implements LayoutParser {

  @Override
  public Result parse(GuideDocument guide, Profile profile, Diagnostics diagnostics) {
    return new Result("", "", List.of(), List.of());
  }
}
