package io.mcdewey.cli;

import io.mcdewey.model.Operation;
import io.mcdewey.score.Erratum;
import io.mcdewey.score.Match;
import io.mcdewey.score.Metric;
import io.mcdewey.score.Mismatch;
import io.mcdewey.score.Miss;
import io.mcdewey.score.Score;
import io.mcdewey.score.Tally;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * A score laid out as text: the figures per metric against their floors, an outline, and the details a parser
 * developer works from, what the key says next to what was found.
 *
 * @param score the score
 * @param floors the F1 floors given, per metric
 * @param setAside the errata applied to the key
 */
record ScoreReport(Score score, Map<Metric, Double> floors, List<Erratum> setAside) {

  ScoreReport {
    floors = Map.copyOf(floors);
    setAside = List.copyOf(setAside);
  }

  /** A table of counts, precision, recall and F1 per metric, marking those below their floor. */
  String figures() {
    TextTable table = new TextTable("", "key", "found", "correct", "precision", "recall", "F1", "floor")
        .alignRight(1, 2, 3, 4, 5, 6, 7);
    for (Metric metric : Metric.values()) {
      Tally tally = score.tally(metric);
      Double floor = floors.get(metric);
      String floorCell = floor == null ? "" : decimal(floor) + (tally.f1() < floor ? " BELOW" : "");
      table.add(metric.label(), String.valueOf(tally.expected()), String.valueOf(tally.found()),
          String.valueOf(tally.correct()), decimal(tally.precision()), decimal(tally.recall()), decimal(tally.f1()),
          floorCell);
    }
    return table.render("");
  }

  /** One line counting entries found, agreeing and missed, and operations the key does not list. */
  String outline() {
    long agreeing = score.matches().stream().filter(Match::agrees).count();
    return "found " + score.matches().size() + " of " + score.key().entries().size() + " key entries ("
        + agreeing + " agree on every labelled field, " + (score.matches().size() - agreeing) + " differ); "
        + score.misses().size() + " not found; " + Nouns.counted(score.unexpected().size(), "operation")
        + " not in the key\n";
  }

  /** Whether {@link #details()} has anything to show. */
  boolean hasDetails() {
    return !score.misses().isEmpty() || !score.unexpected().isEmpty() || !setAside.isEmpty()
        || score.matches().stream().anyMatch(m -> !m.agrees());
  }

  /** Per entry that differs or is missing, and per operation not in the key, what each side says. */
  String details() {
    StringBuilder text = new StringBuilder();
    List<Match> differing = score.matches().stream().filter(m -> !m.agrees()).toList();
    section(text, "differences", differing.size());
    for (Match match : differing) {
      text.append("  ").append(match.entry().describe()).append('\n');
      line(text, "found", "", describe(match.operation()));
      for (Mismatch mismatch : match.mismatches()) {
        String label = mismatch.metric().label();
        if (!mismatch.missing().isEmpty()) {
          line(text, label, "missing", String.join(", ", mismatch.missing()));
          label = "";
        }
        if (!mismatch.extra().isEmpty()) {
          line(text, label, "extra", String.join(", ", mismatch.extra()));
        }
      }
    }
    section(text, "not found", score.misses().size());
    for (Miss miss : score.misses()) {
      text.append("  ").append(miss.entry().describe()).append('\n');
      if (miss.resembling() != null) {
        line(text, "resembles", "", describe(miss.resembling()));
      }
    }
    section(text, "not in the key", score.unexpected().size());
    score.unexpected().forEach(operation -> text.append("  ").append(describe(operation)).append('\n'));
    section(text, "set aside by errata", setAside.size());
    setAside.forEach(erratum -> text.append("  ").append(erratum.describeEntry()).append(": ")
        .append(erratum.field().memberName()).append(" (errata line ").append(erratum.line()).append(")\n"));
    return text.toString();
  }

  /** The metrics below their floor with their figures, for the closing message. */
  String belowFloors() {
    return score.below(floors).stream()
        .map(m -> m.label() + " F1 " + decimal(score.tally(m).f1()) + " < " + decimal(floors.get(m)))
        .collect(Collectors.joining(", "));
  }

  private static void section(StringBuilder text, String title, int count) {
    if (count > 0) {
      text.append('\n').append(title).append(" (").append(count).append("):\n");
    }
  }

  private static void line(StringBuilder text, String label, String side, String facts) {
    text.append(String.format(Locale.ROOT, "    %-12s %-8s %s", label, side, facts).stripTrailing()).append('\n');
  }

  /** How reports name an operation: id, request line, title and where it starts. */
  private static String describe(Operation operation) {
    return operation.id() + ": " + (operation.method() == null ? "?" : operation.method()) + " "
        + (operation.path() == null ? "?" : operation.path())
        + (operation.title().isEmpty() ? "" : " \"" + operation.title() + "\"")
        + " at " + operation.source().describe();
  }

  private static String decimal(OptionalDouble value) {
    return value.isPresent() ? decimal(value.getAsDouble()) : "-";
  }

  private static String decimal(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
