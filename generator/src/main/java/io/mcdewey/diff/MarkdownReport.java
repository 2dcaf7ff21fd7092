package io.mcdewey.diff;

import io.mcdewey.model.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The report as GitHub-flavoured markdown, fit for a pull-request comment: the figures, then a table per severity;
 * the info-level table is folded away.
 */
final class MarkdownReport {
  private MarkdownReport() {}

  private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]|<>#])");
  private static final Pattern BLANKS = Pattern.compile("\\s");

  static String render(DiffReport report) {
    StringBuilder md = new StringBuilder();
    md.append("### API changes: ").append(escape(report.oldRelease().label())).append(" → ")
        .append(escape(report.newRelease().label())).append("\n\n")
        .append("Old guide: ").append(code(report.oldRelease().file())).append("  \n")
        .append("New guide: ").append(code(report.newRelease().file())).append("\n\n");
    if (report.changes().isEmpty()) {
      return md.append("No changes.\n").toString();
    }
    md.append("**").append(report.tally()).append("**. ").append(escape(report.impact()))
        .append(".\n");
    for (Severity severity : Severity.values()) {
      List<Change> changes = report.changes(severity);
      if (changes.isEmpty()) {
        continue;
      }
      String heading = Wording.heading(severity) + " (" + changes.size() + ")";
      if (severity == Severity.INFO) {
        md.append("\n<details>\n<summary>").append(heading).append("</summary>\n");
      } else {
        md.append("\n#### ").append(heading).append('\n');
      }
      md.append("\n| Subject | Change | Old guide | New guide |\n| --- | --- | --- | --- |\n");
      changes.forEach(change -> row(change, md));
      if (severity == Severity.INFO) {
        md.append("\n</details>\n");
      }
    }
    return md.toString();
  }

  private static void row(Change change, StringBuilder md) {
    Subject subject = change.subject();
    String subjectCell = switch (subject.scope()) {
      case API -> "API";
      case SCHEMA -> "schema " + code(subject.name());
      case OPERATION -> escape(subject.name()) + (subject.request().isEmpty() ? "" : "<br>" + code(subject.request()));
    };
    StringBuilder changeCell = new StringBuilder(change.kind().label());
    if (!change.element().isEmpty()) {
      changeCell.append(' ').append(escape(change.element()));
    }
    if (change.before() != null && change.after() != null) {
      changeCell.append("<br>").append(value(change.before())).append(" → ").append(value(change.after()));
    } else if (change.before() != null || change.after() != null) {
      changeCell.append("<br>").append(change.before() != null ? "was " : "now ")
          .append(value(change.before() != null ? change.before() : change.after()));
    }
    md.append("| ").append(subjectCell).append(" | ").append(changeCell).append(" | ")
        .append(Wording.location(change.oldLocation())).append(" | ").append(Wording.location(change.newLocation()))
        .append(" |\n");
  }

  /** A word-like value as code, prose shortened and escaped. */
  private static String value(String text) {
    String shown = Abbreviation.of(text);
    return BLANKS.matcher(shown).find() ? escape(shown) : code(shown);
  }

  /** A code span; a backtick in the text makes it escaped prose instead. Pipes are escaped for tables. */
  private static String code(String text) {
    return text.contains("`") ? escape(text) : "`" + text.replace("|", "\\|") + "`";
  }

  private static String escape(String text) {
    return SPECIAL.matcher(text).replaceAll("\\\\$1");
  }
}
