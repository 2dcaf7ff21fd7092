package io.mcdewey.diff;

import java.util.Objects;

/**
 * The report for a console: the releases, the figures, then each subject with its changes under it.
 *
 * <pre>
 * Agent—Sign In (PUT /api/Agent/{id} state=LOGIN)  [old page 4, line 9; new page 4, line 9]
 *   error    required parameter added: deviceType (body)
 * </pre>
 */
final class TextReport {
  private TextReport() {}

  private static final int SEVERITY_WIDTH = "warning".length();

  static String render(DiffReport report) {
    StringBuilder text = new StringBuilder();
    text.append("API changes: ").append(report.oldRelease().label()).append(" -> ")
        .append(report.newRelease().label()).append('\n')
        .append("old  ").append(report.oldRelease().shownFile()).append('\n')
        .append("new  ").append(report.newRelease().shownFile()).append('\n')
        .append('\n')
        .append(report.tally()).append('\n');
    if (report.changes().isEmpty()) {
      return text.toString();
    }
    text.append(report.impact()).append('\n');
    Change previous = null;
    for (Change change : report.changes()) {
      if (previous == null || !sameSubject(previous, change)) {
        text.append('\n').append(change.subject().describe()).append(places(change)).append('\n');
      }
      String severity = Wording.severity(change.severity());
      text.append("  ").append(severity).append(" ".repeat(SEVERITY_WIDTH + 2 - severity.length()))
          .append(change.summary()).append('\n');
      previous = change;
    }
    return text.toString();
  }

  private static boolean sameSubject(Change one, Change other) {
    return one.subject().equals(other.subject()) && Objects.equals(one.oldLocation(), other.oldLocation())
        && Objects.equals(one.newLocation(), other.newLocation());
  }

  /** {@code [old page 4, line 9; new page 4, line 9]}, naming only the sides that document the subject. */
  private static String places(Change change) {
    if (change.oldLocation() == null && change.newLocation() == null) {
      return "";
    }
    StringBuilder places = new StringBuilder("  [");
    if (change.oldLocation() != null) {
      places.append("old ").append(Wording.location(change.oldLocation()));
    }
    if (change.newLocation() != null) {
      places.append(change.oldLocation() != null ? "; " : "").append("new ")
          .append(Wording.location(change.newLocation()));
    }
    return places.append(']').toString();
  }
}
