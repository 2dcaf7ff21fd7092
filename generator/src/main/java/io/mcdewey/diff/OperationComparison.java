package io.mcdewey.diff;

import io.mcdewey.model.Operation;
import io.mcdewey.model.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Compares one operation as two releases document it: its request, parameters, responses and prose. */
final class OperationComparison {
  private final Operation before;
  private final Operation after;
  private final ChangeLog.Recorder record;

  private OperationComparison(Operation before, Operation after, ChangeLog.Recorder record) {
    this.before = before;
    this.after = after;
    this.record = record;
  }

  static void compare(Operation before, Operation after, ChangeLog.Recorder record) {
    OperationComparison comparison = new OperationComparison(before, after, record);
    comparison.request();
    comparison.deprecation();
    ParameterComparison.compare(before, after, record);
    comparison.responses();
    comparison.notifications();
    comparison.prose();
  }

  /** Title, method, path and the fields that select the action. */
  private void request() {
    if (!Normalized.title(before.title()).equals(Normalized.title(after.title()))) {
      record.add(ChangeKind.OPERATION_RENAMED, "", before.title(), after.title());
    }
    if (before.method() != null && after.method() != null
        && !before.method().equalsIgnoreCase(after.method())) {
      record.add(ChangeKind.METHOD_CHANGED, "", before.method().toUpperCase(Locale.ROOT),
          after.method().toUpperCase(Locale.ROOT));
    }
    if (before.path() != null && after.path() != null
        && !Normalized.path(before.path()).equals(Normalized.path(after.path()))) {
      record.add(ChangeKind.PATH_CHANGED, "", before.path(), after.path());
    }
    if (!Set.copyOf(before.impliedValues()).equals(Set.copyOf(after.impliedValues()))) {
      record.add(ChangeKind.ACTION_FIELD_CHANGED, "", Normalized.orNull(Subject.impliedValues(before)),
          Normalized.orNull(Subject.impliedValues(after)));
    }
  }

  private void deprecation() {
    if (!before.deprecated() && after.deprecated()) {
      record.add(ChangeKind.OPERATION_DEPRECATED, "", null, Normalized.orNull(Normalized.text(note(after))));
    } else if (before.deprecated() && !after.deprecated()) {
      record.add(ChangeKind.OPERATION_UNDEPRECATED, "", Normalized.orNull(Normalized.text(note(before))), null);
    }
  }

  private static String note(Operation operation) {
    return Objects.requireNonNullElse(operation.deprecation().note(), "");
  }

  /** Statuses added and removed; for the statuses kept, their reasons as one description. */
  private void responses() {
    Map<Integer, List<String>> oldReasons = reasons(before);
    Map<Integer, List<String>> newReasons = reasons(after);
    oldReasons.forEach((status, reasons) -> {
      List<String> now = newReasons.get(status);
      if (now == null) {
        record.add(ChangeKind.RESPONSE_STATUS_REMOVED, String.valueOf(status), lines(reasons), null);
      } else if (!Set.copyOf(reasons).equals(Set.copyOf(now))) {
        record.add(ChangeKind.DESCRIPTION_CHANGED, "status " + status, lines(reasons), lines(now));
      }
    });
    newReasons.forEach((status, reasons) -> {
      if (!oldReasons.containsKey(status)) {
        record.add(ChangeKind.RESPONSE_STATUS_ADDED, String.valueOf(status), null, lines(reasons));
      }
    });
  }

  /** Each documented status with its reasons, white space folded, in guide order. */
  private static Map<Integer, List<String>> reasons(Operation operation) {
    Map<Integer, List<String>> reasons = new LinkedHashMap<>();
    for (Response response : operation.responses()) {
      List<String> texts = reasons.computeIfAbsent(response.status(), s -> new ArrayList<>());
      String summary = Normalized.text(response.summary());
      if (!summary.isEmpty() && !texts.contains(summary)) {
        texts.add(summary);
      }
    }
    return reasons;
  }

  private void notifications() {
    Set<String> oldNames = folded(before.notificationsTriggered());
    Set<String> newNames = folded(after.notificationsTriggered());
    oldNames.stream().filter(n -> !newNames.contains(n))
        .forEach(n -> record.add(ChangeKind.NOTIFICATION_REMOVED, n, null, null));
    newNames.stream().filter(n -> !oldNames.contains(n))
        .forEach(n -> record.add(ChangeKind.NOTIFICATION_ADDED, n, null, null));
  }

  /**
   * Security constraints, description, notes and deployment differences, with white space folded; security
   * constraints are reworded unless the roles they name or their restrictions change.
   */
  private void prose() {
    String oldSecurity = Normalized.text(before.securityConstraints());
    String newSecurity = Normalized.text(after.securityConstraints());
    if (!oldSecurity.equals(newSecurity)) {
      record.add(SecurityTerms.of(oldSecurity).equals(SecurityTerms.of(newSecurity)) ? ChangeKind.SECURITY_REWORDED
          : ChangeKind.SECURITY_CHANGED, "", Normalized.orNull(oldSecurity), Normalized.orNull(newSecurity));
    }
    compareProse(ChangeKind.DESCRIPTION_CHANGED, "", List.of(description(before)), List.of(description(after)));
    compareProse(ChangeKind.NOTES_CHANGED, "", before.notes(), after.notes());
    compareProse(ChangeKind.NOTES_CHANGED, "deployment differences", before.platformDifferences(),
        after.platformDifferences());
  }

  /** The description without the deprecation note it may hold, which {@link #deprecation()} reports. */
  private static String description(Operation operation) {
    String note = operation.deprecated() ? note(operation) : "";
    return note.isBlank() ? operation.description() : operation.description().replace(note, "");
  }

  private void compareProse(ChangeKind kind, String element, List<String> oldTexts, List<String> newTexts) {
    List<String> oldFolded = List.copyOf(folded(oldTexts));
    List<String> newFolded = List.copyOf(folded(newTexts));
    if (!oldFolded.equals(newFolded)) {
      record.add(kind, element, lines(oldFolded), lines(newFolded));
    }
  }

  /** The texts with white space folded, empty ones left out, in order and without repeats. */
  private static Set<String> folded(List<String> texts) {
    Set<String> folded = new LinkedHashSet<>();
    for (String text : texts) {
      String one = Normalized.text(text);
      if (!one.isEmpty()) {
        folded.add(one);
      }
    }
    return folded;
  }

  /** The texts one per line, or {@code null} when there are none. */
  private static String lines(List<String> texts) {
    return texts.isEmpty() ? null : String.join("\n", texts);
  }
}
