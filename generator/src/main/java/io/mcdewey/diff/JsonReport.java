package io.mcdewey.diff;

import io.mcdewey.export.ModelJson;
import io.mcdewey.json.Json;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.Severity;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report as JSON for programs, in the format {@code docs/diff.md} documents member by member. Writing is
 * deterministic; members come in the documented order.
 */
final class JsonReport {
  private JsonReport() {}

  /** The value of the top-level {@code format} member. */
  static final String FORMAT = "mcdewey-diff";

  /** The value of the top-level {@code formatVersion} member. */
  static final int FORMAT_VERSION = 1;

  static String render(DiffReport report) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", FORMAT);
    root.put("formatVersion", FORMAT_VERSION);
    root.put("old", release(report.oldRelease()));
    root.put("new", release(report.newRelease()));
    root.put("summary", summary(report));
    root.put("changes", report.changes().stream().map(JsonReport::change).toList());
    return Json.write(root) + "\n";
  }

  private static Map<String, Object> release(Release release) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("file", release.file());
    json.put("product", release.api().product());
    json.put("version", release.api().version());
    json.put("title", release.api().title());
    json.put("baseUri", release.api().baseUri());
    json.put("operations", release.api().operations().size());
    return json;
  }

  private static Map<String, Object> summary(DiffReport report) {
    Map<String, Object> severities = new LinkedHashMap<>();
    for (Severity severity : Severity.values()) {
      severities.put(Wording.severity(severity), report.count(severity));
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("changes", report.changes().size());
    json.put("severities", severities);
    json.put("breaksClients", report.breakingClients());
    json.put("breaksServers", report.breakingServers());
    json.put("breaksSdk", report.breakingSdk());
    json.put("semver", report.semver().map(SemverLevel::wireName).orElse("none"));
    return json;
  }

  private static Map<String, Object> change(Change change) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("kind", change.kind().id());
    json.put("severity", Wording.severity(change.severity()));
    json.put("breaksClients", change.kind().breaksClients());
    json.put("breaksServers", change.kind().breaksServers());
    json.put("semver", change.kind().semver().wireName());
    json.put("sdkBinaryCompatible", change.kind().sdk().binaryCompatible());
    json.put("sdkSourceCompatible", change.kind().sdk().sourceCompatible());
    json.put("subject", subject(change.subject()));
    json.put("element", change.element());
    json.put("before", change.before());
    json.put("after", change.after());
    json.put("message", change.summary());
    json.put("old", location(change.oldLocation()));
    json.put("new", location(change.newLocation()));
    return json;
  }

  private static Map<String, Object> subject(Subject subject) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("scope", subject.scope().wireName());
    json.put("id", subject.id());
    json.put("name", subject.name());
    json.put("request", subject.request());
    return json;
  }

  /** A place as the model format writes it, or {@code null}. */
  private static Map<String, Object> location(Provenance place) {
    return place == null ? null : ModelJson.provenance(place);
  }
}
