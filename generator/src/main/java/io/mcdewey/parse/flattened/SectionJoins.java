package io.mcdewey.parse.flattened;

import io.mcdewey.model.DiagnosticKind;
import io.mcdewey.parse.Diagnostics;
import io.mcdewey.parse.Field;
import io.mcdewey.parse.flattened.FlattenedTablesParser.Section;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Joins the headless parts of a flattened guide, text after a gap whose heading is not visible, to the sections they
 * continue.
 */
final class SectionJoins {
  private SectionJoins() {}

  /**
   * Joins each headless part to the section before it when it continues that section: its footer names the same
   * title, or no footer names it and it holds fields, all of which the section before lacks (a table's rows come in
   * order, so a repeated field means another section). A headless part that joins nothing and shows no method, URI,
   * parameters or responses is dropped: an example alone does not make an endpoint.
   */
  static List<Section> merged(List<Section> sections, Diagnostics diagnostics) {
    List<Section> result = new ArrayList<>();
    for (Section section : sections) {
      Section previous = result.isEmpty() ? null : result.get(result.size() - 1);
      if (section.headless() && previous != null && continues(previous, section)) {
        previous.parts().add(section);
      } else if (section.headless() && section.title().isEmpty() && !section.fields().showsRequest()) {
        if (!section.fields().values().isEmpty()) {
          diagnostics.report(DiagnosticKind.ORPHAN_FIELDS,
              "fields after missing pages belong to no visible endpoint: " + section.fields().values().keySet(),
              section.run().at(0));
        }
      } else {
        result.add(section);
      }
    }
    return result;
  }

  private static boolean continues(Section previous, Section headless) {
    if (!headless.title().isEmpty()) {
      return headless.title().equals(previous.title());
    }
    if (headless.fields().values().isEmpty() || opensTableAfterMissingPages(headless)) {
      return false;
    }
    Set<Field> seen = EnumSet.noneOf(Field.class);
    seen.addAll(previous.fields().values().keySet());
    previous.parts().forEach(part -> seen.addAll(part.fields().values().keySet()));
    return headless.fields().values().keySet().stream().noneMatch(seen::contains);
  }

  /**
   * Whether a headless part after missing pages shows the URI or the method of an endpoint. Those rows open a table,
   * right after a section's description; the whole pages missing before the part would then have held nothing of the
   * section before it, so the part is another endpoint's, whose heading was on those pages or was not recognised.
   */
  private static boolean opensTableAfterMissingPages(Section headless) {
    return headless.run().pagesMissingBefore()
        && (headless.fields().value(Field.URI) != null || headless.fields().value(Field.HTTP_METHOD) != null);
  }
}
