package io.mcdewey.diff;

import io.mcdewey.codegen.templates.DiffReportVars;
import io.mcdewey.codegen.templates.TemplateException;
import io.mcdewey.codegen.templates.TemplateRenderer;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.Severity;
import java.util.ArrayList;
import java.util.List;

/** The report as a standalone HTML page, rendered with the template {@value DiffReportVars#TEMPLATE}. */
final class HtmlReport {
  private HtmlReport() {}

  static String render(DiffReport report) {
    List<DiffReportVars.Section> sections = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      List<DiffReportVars.Row> rows = report.changes(severity).stream().map(HtmlReport::row).toList();
      if (!rows.isEmpty()) {
        sections.add(new DiffReportVars.Section(Wording.severity(severity), Wording.heading(severity), rows));
      }
    }
    DiffReportVars vars = new DiffReportVars(
        escape("API changes: " + report.oldRelease().label() + " → " + report.newRelease().label()),
        escape(report.oldRelease().file()), escape(report.newRelease().file()), escape(report.tally()),
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
    return new DiffReportVars.Row(change.kind().id(), escape(change.kind().label()), escape(name),
        escape(subject.request()), escape(change.element()), escape(change.before()), escape(change.after()),
        breaks(change.kind()), change.kind().semver().wireName(), escape(Wording.location(change.oldLocation())),
        source(change.oldLocation()), escape(Wording.location(change.newLocation())), source(change.newLocation()));
  }

  /** Whom a kind may break, in words: {@code clients and servers}, {@code clients}, or empty. */
  private static String breaks(ChangeKind kind) {
    if (kind.breaksClients() && kind.breaksServers()) {
      return "clients and servers";
    }
    return kind.breaksClients() ? "clients" : kind.breaksServers() ? "servers" : "";
  }

  private static String source(Provenance place) {
    return place == null ? "" : escape(place.describe());
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
