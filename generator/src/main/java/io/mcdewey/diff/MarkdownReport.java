package io.mcdewey.diff;

import io.mcdewey.model.Severity;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The report as GitHub-flavoured markdown, fit for a pull-request comment: the figures, then a table per severity,
 * with the columns of the HTML report; the info-level table is folded away. Prose changes show the words that changed,
 * struck out and in bold.
 */
final class MarkdownReport {
  private MarkdownReport() {}

  private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]|<>#])");
  private static final Pattern BLANKS = Pattern.compile("\\s");

  static String render(DiffReport report) {
    StringBuilder md = new StringBuilder();
    md.append("### API changes: ").append(escape(report.oldRelease().label())).append(" → ")
        .append(escape(report.newRelease().label())).append("\n\n")
        .append("Old guide: ").append(code(report.oldRelease().shownFile())).append("  \n")
        .append("New guide: ").append(code(report.newRelease().shownFile())).append("\n\n");
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
      md.append("\n| Subject | Change | Kind | Breaks clients | Breaks servers | Semver | SDK | Old guide")
          .append(" | New guide |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
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
    Optional<WordDiff> words = change.wordDiff();
    if (words.isPresent()) {
      changeCell.append("<br>").append(words.get().condensed(Change.CONTEXT_WORDS).render(MarkdownReport::marked));
    } else if (change.before() != null && change.after() != null) {
      changeCell.append("<br>").append(value(change.before())).append(" → ").append(value(change.after()));
    } else if (change.before() != null || change.after() != null) {
      changeCell.append("<br>").append(change.before() != null ? "was " : "now ")
          .append(value(change.before() != null ? change.before() : change.after()));
    }
    ChangeKind kind = change.kind();
    md.append("| ").append(String.join(" | ", subjectCell, changeCell, code(kind.id()),
        Wording.yesOrNo(kind.breaksClients()), Wording.yesOrNo(kind.breaksServers()), kind.semver().wireName(),
        kind.sdk() == SdkImpact.COMPATIBLE ? kind.sdk().wireName() : "**" + kind.sdk().wireName() + "**",
        Wording.location(change.oldLocation()), Wording.location(change.newLocation()))).append(" |\n");
  }

  /** A run of changed prose: removed words struck out, added ones in bold. */
  private static String marked(WordDiff.Run run) {
    return switch (run.kind()) {
      case KEPT -> escape(run.text());
      case REMOVED -> "~~" + escape(run.text()) + "~~";
      case ADDED -> "**" + escape(run.text()) + "**";
      case ELIDED -> "…";
    };
  }

  /**
   * A word-like value as code, prose escaped; whole, since a reviewer reads the sentence a change adds or removes,
   * with white space folded to keep it in its table cell.
   */
  private static String value(String text) {
    String shown = Normalized.text(text);
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
