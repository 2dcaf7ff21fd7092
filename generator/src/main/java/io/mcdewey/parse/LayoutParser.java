package io.mcdewey.parse;

import io.mcdewey.model.Operation;
import io.mcdewey.model.Schema;
import io.mcdewey.parse.payload.SchemaSources;
import io.mcdewey.source.GuideDocument;
import java.util.List;

/** Reads the guides of one {@link Layout}. Implementations keep no state between calls. */
public interface LayoutParser {

  /**
   * What a layout parser found; the {@link GuideParser} completes it into an {@code Api}.
   *
   * @param schemas what the guide's text shows of its objects; when it shows nothing, the operations' examples are
   *     all there is to infer schemas from
   */
  record Result(String title, String baseUri, List<Operation> operations, SchemaSources schemas) {

    /** A reading whose layout gives {@code schemas} as they are, or none. */
    public Result(String title, String baseUri, List<Operation> operations, List<Schema> schemas) {
      this(title, baseUri, operations,
          new SchemaSources(List.of(), List.of(), schemas, List.of()));
    }
  }

  Result parse(GuideDocument guide, Profile profile, Diagnostics diagnostics);
}
