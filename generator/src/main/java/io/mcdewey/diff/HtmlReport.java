package io.mcdewey.diff;

import io.mcdewey.codegen.templates.DiffReportVars;
import io.mcdewey.codegen.templates.TemplateException;
import io.mcdewey.codegen.templates.TemplateRenderer;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The report as a standalone HTML page, rendered with the template {@value DiffReportVars#TEMPLATE}. */
final class HtmlReport {
  private HtmlReport() {}

  static String render(DiffReport report) {
    List<DiffReportVars.Section> sections = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      List<DiffReportVars.Row> rows = report.changes(severity).stream().map(HtmlReport::row).toList();
      if (!rows.isEmpty()) {
        sections.add(new DiffReportVars.Section(Wording.severity(severity), Wording.heading(severity),
            severity == Severity.INFO, rows));
      }
    }
    DiffReportVars vars = new DiffReportVars(
        escape("API changes: " + report.oldRelease().label() + " → " + report.newRelease().label()),
        escape(report.oldRelease().shownFile()), escape(report.newRelease().shownFile()), escape(report.tally()),
        report.changes().isEmpty() ? "" : escape(report.impact()), sections);
    try {
      return TemplateRenderer.builtIn().render(vars);
    } catch (TemplateException e) {
      throw new IllegalStateException("the built-in diff report template fails: " + e.getMessage(), e);
    }
  }

  private static DiffReportVars.Row row(Change change) {
    Subject subject = change.subject();
    String name = switch (subject.scope()) {
      case API -> "API";
      case SCHEMA -> "schema " + subject.name();
      case OPERATION -> subject.name();
    };
    ChangeKind kind = change.kind();
    Optional<WordDiff> words = change.wordDiff();
    String before = words.map(diff -> diff.render(run -> side(run, WordDiff.Kind.REMOVED, "del")))
        .orElse(escape(change.before()));
    String after = words.map(diff -> diff.render(run -> side(run, WordDiff.Kind.ADDED, "ins")))
        .orElse(escape(change.after()));
    return new DiffReportVars.Row(kind.id(), escape(kind.label()), escape(name), escape(subject.request()),
        escape(change.element()), before, after, Wording.yesOrNo(kind.breaksClients()),
        Wording.yesOrNo(kind.breaksServers()), kind.semver().wireName(), kind.sdk().wireName(),
        escape(Wording.location(change.oldLocation())), source(change.oldLocation()),
        escape(Wording.location(change.newLocation())), source(change.newLocation()));
  }

  /**
   * A run of prose as one side of the change shows it: the words kept, and those only this side has marked up with
   * the element; the other side's words are left out.
   */
  private static String side(WordDiff.Run run, WordDiff.Kind own, String element) {
    if (run.kind() == WordDiff.Kind.KEPT) {
      return escape(run.text());
    }
    return run.kind() == own ? "<" + element + ">" + escape(run.text()) + "</" + element + ">" : "";
  }

  /** The place in full, its file named as the report's head names the releases. */
  private static String source(Provenance place) {
    return place == null ? ""
        : escape(new Provenance(Release.shown(place.file()), place.page(), place.chunkId(), place.line()).describe());
  }

  /** The text with the characters HTML gives a meaning escaped; {@code null} gives an empty text. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
