package io.mcdewey.parse;

import io.mcdewey.source.GuideDocument;
import java.util.List;

/** Reads guides flattened from PDF, whose label/value tables come out as value followed by label. */
final class FlattenedTablesParser implements LayoutParser {

  @Override
  public Result parse(GuideDocument guide, Profile profile, Diagnostics diagnostics) {
    return new Result("", "", List.of(), List.of());
  }
}
