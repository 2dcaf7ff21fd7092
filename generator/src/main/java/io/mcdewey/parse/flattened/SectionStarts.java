package io.mcdewey.parse.flattened;

import io.mcdewey.parse.Field;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the titles of a run that neither a description opener nor a running footer confirms, from the fields around
 * them. A table's rows come in order, so where a section's fields start over, another section has started: its title
 * is the first {@code Group—Action} heading, ended by the first sentence of its description, in front of the new
 * fields. A run that opens with such a heading before any field, on a page whose footer names no other section,
 * starts there too.
 */
final class SectionStarts {
  private final TitleFinder titles;
  private final LabelScanner labels;

  SectionStarts(TitleFinder titles, LabelScanner labels) {
    this.titles = titles;
    this.labels = labels;
  }

  /**
   * The titles of {@code text}: those {@code confirmed} by openers or footers, with the ones their fields show.
   *
   * @param confirmed the titles an opener or a footer confirms, in order
   * @param headingAtStart whether a title may open the run before its first field (the footer of its first page
   *     names no section under way)
   */
  List<TitleFinder.Title> find(String text, List<TitleFinder.Title> confirmed, boolean headingAtStart) {
    List<TitleFinder.Title> found = new ArrayList<>();
    int bodyStart = 0;
    if (headingAtStart) {
      int end = confirmed.isEmpty() ? text.length() : confirmed.get(0).start();
      List<LabelScanner.Label> first = labels.trailingLabels(text, 0, end);
      TitleFinder.Title opening = first.isEmpty() ? null : titles.firstBeforeSentence(text, 0, first.get(0).start());
      if (opening != null) {
        found.add(opening);
        bodyStart = opening.end();
      }
    }
    for (int i = 0; i <= confirmed.size(); i++) {
      int end = i < confirmed.size() ? confirmed.get(i).start() : text.length();
      for (TitleFinder.Title restart = restart(text, bodyStart, end); restart != null;
          restart = restart(text, bodyStart, end)) {
        found.add(restart);
        bodyStart = restart.end();
      }
      if (i < confirmed.size()) {
        found.add(confirmed.get(i));
        bodyStart = confirmed.get(i).end();
      }
    }
    return found;
  }

  /**
   * The title of a section that starts inside {@code [from, to)}: the first one in front of a label between the first
   * label repeating a field and that field's first label; {@code null} when no field repeats or no title stands
   * there.
   */
  private TitleFinder.Title restart(String text, int from, int to) {
    List<LabelScanner.Label> found = labels.trailingLabels(text, from, to);
    Map<Field, Integer> firstAt = new EnumMap<>(Field.class);
    for (int i = 0; i < found.size(); i++) {
      Integer earlier = firstAt.putIfAbsent(found.get(i).field(), i);
      if (earlier != null) {
        for (int j = earlier + 1; j <= i; j++) {
          TitleFinder.Title title = titles.firstBeforeSentence(text, found.get(j - 1).end(), found.get(j).start());
          if (title != null) {
            return title;
          }
        }
        return null;
      }
    }
    return null;
  }
}
